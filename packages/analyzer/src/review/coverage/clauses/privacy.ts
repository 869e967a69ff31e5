import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

const SETTINGS_HINT = /parametre|reglage|option|setting/;

// Confidentiality and personal information: private life, personal data and details, what is
// confidential or internal. Privacy settings alone are advice about one's own account: a mention.
const FR_SETTINGS =
  /\b(?:parametres?|reglages?|options?) (?:de (?:confidentialite|securite|vie privee)|prives?)\b/g;
const FR_STRONG =
  /\b(?:confidentiel(?:le)?s?|confidentialite|renseignements? (?:personnels?|confidentiels?|nominatifs?|prives?|sensibles?)|donnees (?:personnelles|sensibles|nominatives|privees)|informations? (?:personnelles?|confidentielles?|privees?|sensibles?|internes?|nominatives?)|coordonnees|vie privee|intimite|secret (?:professionnel|medical)|secret|(?:adresses?|numeros?) (?:personnel(?:le)?s?|civiques?|de (?:telephone|cellulaire|domicile))|(?:details|documents?|dossiers?|echanges|discussions|rapports?) (?:internes?|en cours|confidentiels?)|protection des (?:renseignements|donnees)|pas encore (?:publique?s?|annonce(?:e|s|es)?)|dossiers? (?:scolaires?|medicaux?|d'eleves?|du personnel)|donnees? (?:scolaires|de sante))\b/;
const FR_WEAK = /\b(?:discretion|discret(?:e|s|es)?)\b/;

const EN_SETTINGS = /\b(?:privacy|security) settings?\b/g;
const EN_STRONG =
  /\b(?:privacy|private (?:information|data|details|life|matters|conversations?|lives)|confidential(?:ity)?|personal(?:ly)? (?:identifiable )?(?:information|data|details)|contact (?:details|information)|(?:home|street|personal) addresses?|(?:phone|telephone|cell) numbers?|internal (?:documents?|reports?|information|matters|communications?|discussions|files)|not yet public|sensitive (?:information|data)|proprietary (?:information|data)|data protection|(?:student|employee|staff|patient|medical|health|school) (?:records|information|data)|secret)\b/;
const EN_WEAK = /\b(?:discretion|discreet(?:ly)?)\b/;

function score(s: SentenceView, settings: RegExp, strong: RegExp, weak: RegExp): Evidence {
  const text = SETTINGS_HINT.test(s.text) ? s.text.replace(settings, ' ') : s.text;
  if (strong.test(text)) return 1;
  return text !== s.text || weak.test(text) ? 0.5 : 0;
}

/** `coverage/privacy`: confidentiality and personal information. */
export const privacy: ClauseDetector = {
  id: 'privacy',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:confidentialite|vie privee|renseignements personnels|donnees personnelles|informations personnelles|protection des (?:renseignements|donnees)|discretion|intimite|secret professionnel)\b/,
      topic: /\b(?:protection|securite|prudence)\b/,
    },
    en: {
      strong:
        /\b(?:privacy|confidential(?:ity)?|personal (?:information|data|details)|data protection|discretion|sensitive information)\b/,
      topic: /\b(?:protection|security|safety)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_SETTINGS, FR_STRONG, FR_WEAK),
    en: (s) => score(s, EN_SETTINGS, EN_STRONG, EN_WEAK),
  },
};
