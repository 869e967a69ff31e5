import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Intellectual property: copyright, trademarks, licences, plagiarism, citing and crediting sources.
const FR_STRONG =
  /\b(?:droits? d'auteurs?|propriete intellectuelle|plagi\w*|contrefa\w*|marques? (?:de commerce|deposees?)|licences?|creative commons|libres? de droits|droits? de (?:reproduction|diffusion|propriete)|cit(?:er|ez|ons|ant|ation) (?:vos |les |la |leurs? |ses |toujours (?:vos |les |la )?)?(?:sources?|auteurs?|references?)|mention(?:ner|nez|nant) (?:la |les |vos |leurs? |l')?(?:sources?|auteurs?|provenance|credits?)|credit(?:er|ez|s)?|(?:indiquer|preciser|mentionner) (?:d'ou (?:provien|vien)\w*|la provenance|la source)|provenance des contenus|oeuvres? (?:protegees?|d'autrui|originales?)|reproduire (?:sans|une|des) oeuvres?)\b/;
const FR_WEAK = /\b(?:attribution|logos?|references?|sources?|reproduction|contenus? d'autrui|droits?)\b/;

const EN_STRONG =
  /\b(?:copyright\w*|intellectual property|trademarks?|plagiar\w*|licen[cs](?:e|es|ed|ing)|creative commons|fair (?:use|dealing)|royalty[- ]free|(?:cite|credit|attribute|acknowledge)(?:s|d)? (?:\w+ )?(?:sources?|authors?|creators?|owners?|photographers?|work)|attribution|give credit|(?:protected|copyrighted|original) (?:works?|materials?|content))\b/;
const EN_WEAK = /\b(?:logos?|references?|sources?|proprietary|brand(?:ing)?)\b/;

function score(s: SentenceView, strong: RegExp, weak: RegExp): Evidence {
  if (strong.test(s.text)) return 1;
  return weak.test(s.text) ? 0.25 : 0;
}

/** `coverage/intellectual-property`: copyright, trademarks, credit to authors. */
export const intellectualProperty: ClauseDetector = {
  id: 'intellectual-property',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:propriete intellectuelle|droits? d'auteurs?|plagiat|marques? de commerce|licences?|sources et credits)\b/,
      topic: /\b(?:contenus?|sources?|logos?|image de marque)\b/,
    },
    en: {
      strong: /\b(?:intellectual property|copyright|trademarks?|plagiarism|licens\w*|attribution)\b/,
      topic: /\b(?:content|sources|logos?|branding)\b/,
    },
  },
  content: { fr: (s) => score(s, FR_STRONG, FR_WEAK), en: (s) => score(s, EN_STRONG, EN_WEAK) },
};
