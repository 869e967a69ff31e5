import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Community management: who animates and moderates, how and when the organization answers.
const FR_STRONG =
  /\b(?:moder(?:er|e|es|ent|ons|ez|era|erons|eront|ation|ations|ateur|ateurs|atrice|atrices)|gestion(?:naires?)? (?:de|d'une|de la) communaute|community manag\w*|anim(?:er|e|ent|ons|era|erons|ation|ateur|ateurs|atrice|atrices) (?:\w+ ){0,3}(?:communaute|comptes?|pages?|reseaux|medias sociaux|echanges|discussions?|conversations?)|delais? de (?:reponse|traitement)|(?:controle|surveillance|suivi|veille) (?:des |de nos |de ses )?(?:messages|commentaires|publications|contributions|comptes|pages|reactions)|calendrier (?:de publication|editorial|des publications)|ligne editoriale|planification des publications|frequence (?:de|des) publications?)\b/;
const FR_NOT = /\bavec moderation\b/g;
const FR_ANSWER =
  /\b(?:repond(?:re|ra|rons|ront|ons|ent|u)|reponse|reponses|traite(?:ra|rons|ront)?|lu(?:s|es)? avec attention)\b/;
const FR_TIME =
  /\b(?:delais?|dans (?:les|un delai de|un|une) |heures?|jours? (?:ouvrables|ouvres)|rapidement|plus brefs|semaine|heures (?:de bureau|d'ouverture)|du lundi au vendredi|\d+ ?h)\b/;
const FR_OBJECT = /\b(?:questions?|commentaires?|messages?|demandes?|publications?|reactions?|plaintes?)\b/;

const EN_STRONG =
  /\b(?:moderat(?:e|es|ed|ing|ion|or|ors)|community manag\w*|response times?|(?:monitor(?:s|ed|ing)?|watch(?:es|ed)?|check(?:s|ed)?|review(?:s|ed)?) (?:\w+ ){0,3}(?:accounts?|pages?|comments?|channels?|messages?)|content calendar|editorial calendar|posting schedule|(?:curate|animate)s? (?:\w+ )?(?:community|conversation)s?)\b/;
const EN_NOT = /\bin moderation\b/g;
const EN_ANSWER = /\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|get back to)\b/;
const EN_TIME =
  /\b(?:within|hours?|business days?|working days?|days?|promptly|as soon as|office hours|weekdays|\d+ ?(?:am|pm))\b/;
const EN_OBJECT = /\b(?:questions?|comments?|messages?|enquiries|inquiries|requests?|posts?|complaints?)\b/;

function score(
  s: SentenceView,
  strong: RegExp,
  not: RegExp,
  answer: RegExp,
  time: RegExp,
  object: RegExp,
): Evidence {
  const text = s.text.includes('moderation') ? s.text.replace(not, ' ') : s.text;
  if (strong.test(text)) return 1;
  if (answer.test(text) && object.test(text)) return time.test(text) ? 1 : 0.5;
  return 0;
}

/** `coverage/community-management`: who animates and moderates, and response times. */
export const communityManagement: ClauseDetector = {
  id: 'community-management',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:moderation|gestion de (?:la )?communaute|animation (?:de|des) (?:la communaute|comptes|reseaux|medias)|delais? de reponse|notre engagement a repondre|comment nous (?:moderons|repondons))\b/,
      topic: /\b(?:animation|communaute|reponses?|publications?|engagement|interactions?)\b/,
    },
    en: {
      strong:
        /\b(?:moderation|community management|response times?|how we (?:moderate|respond|reply)|managing (?:the |our )?communit(?:y|ies))\b/,
      topic: /\b(?:community|responses?|posting|engagement|interactions?|comments)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_STRONG, FR_NOT, FR_ANSWER, FR_TIME, FR_OBJECT),
    en: (s) => score(s, EN_STRONG, EN_NOT, EN_ANSWER, EN_TIME, EN_OBJECT),
  },
};
