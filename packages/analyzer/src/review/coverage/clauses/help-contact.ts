import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Help and contact: whom to ask and how to reach them. A way to reach someone (a verb of contact,
// an address, a phone number) with someone to reach or something to ask; or help offered by a named
// team or person. Rules about contacting students or the public are not help.
const DIGIT = /\d/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/;
const PHONE = /(?:\+?\d{1,2}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\bposte \d{2,5}\b|\bext\.? \d{2,5}\b/;

const FR_CONTACT =
  /\b(?:communiqu(?:er|ez|ons) avec|(?:nous |les |le |la |l')(?:joindre|rejoindre)|joign(?:ez|ant)|contact(?:er|ez|s)?|ecri(?:re|vez)(?:-nous)? (?:a|au|aux)|nous ecrire|adressez(?:-vous)?|vous adresser|s'adresser (?:a|au|aux) (?:la|le|l'|votre|son|sa|leur)|pos(?:er|ez) (?:vos |toutes vos )?questions|appel(?:er|ez)|telephon(?:er|ez)|courriel|adresse electronique)\b/;
const FR_TARGET =
  /\b(?:services? des communications|equipe des communications|(?:votre|la|sa|leur|son) (?:direction|superieure?|gestionnaire|responsable|conseill(?:er|ere)|enseignante?)|personnes?-ressources?|personnes? ressources?|repondante?s?|nous|conseill(?:er|ere)s? (?:en|aux) communications?|direction (?:de l'ecole|de votre|des communications)|service informatique|soutien technique)\b/;
const FR_HELP =
  /\b(?:aid(?:e|er|era|erons|eront)|besoin d'aide|soutien|soutenir|accompagn\w*|conseill\w*|questions?|repond(?:re|ra|rons|ront)|guider|guidera|orienter|orientera|preoccupations?|doutes?|incertitudes?|hesitez)\b/;

const EN_CONTACT =
  /\b(?:contact(?:s|ing)?|get in touch|reach(?:ed)? (?:out|us|the)|write to|e-?mail (?:us|the)|call (?:us|the)|phone (?:us|the)|ask (?:us|the|your)|message us|talk (?:it over )?(?:to|with) (?:us|the|your))\b/;
const EN_TARGET =
  /\b(?:communications? (?:and \w+ )?(?:team|office|department|staff|officer|coordinator)|(?:your|the) (?:manager|supervisor|principal|teacher|line manager|head of department|coordinator|hr)|help ?desk|contact person|us)\b/;
const EN_HELP =
  /\b(?:help|support|assist(?:ance)?|advice|guidance|questions?|queries|concerns?|unsure|not sure|in doubt|doubts?|answer)\b/;

function score(s: SentenceView, contact: RegExp, target: RegExp, help: RegExp): Evidence {
  const { text, label } = s;
  if (label === 'prohibition') return 0;
  // The address patterns are the costly ones: only tried when an "@" or a digit is there.
  const email = text.includes('@') && EMAIL.test(text);
  const reach = contact.test(text) || email || (DIGIT.test(text) && PHONE.test(text));
  const asked = help.test(text);
  // An obligation to reach someone is help only when it is about asking for it.
  if (label === 'obligation') return reach && asked ? 1 : 0;
  if (reach && (asked || email || target.test(text))) return 1;
  if (asked && target.test(text) && (label === 'commitment' || label === 'encouragement')) return 1;
  return reach || asked ? 0.25 : 0;
}

/** `coverage/help-contact`: whom to ask for help and how to reach them. */
export const helpContact: ClauseDetector = {
  id: 'help-contact',
  sanctions: 'none',
  headings: {
    fr: {
      strong:
        /\b(?:nous joindre|contacts?|coordonnees|pour nous (?:joindre|ecrire)|besoin d'aide|aide et soutien|ressources et soutien|questions|a qui (?:s'adresser|poser)|personnes?-ressources?)\b/,
      topic: /\b(?:aide|soutien|accompagnement|ressources)\b/,
      not: /\b(?:avec les (?:eleves|parents|medias)|entre)\b/,
    },
    en: {
      strong:
        /\b(?:contact(?: us| information)?|getting help|need help|help and support|questions|who to (?:ask|contact))\b/,
      topic: /\b(?:help|support|resources|assistance)\b/,
      not: /\bwith (?:students|parents|the media)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_CONTACT, FR_TARGET, FR_HELP),
    en: (s) => score(s, EN_CONTACT, EN_TARGET, EN_HELP),
  },
};
