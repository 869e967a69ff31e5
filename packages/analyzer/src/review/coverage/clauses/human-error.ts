import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Room for human error: an error, slip or omission together with what to do next (correct it, tell
// someone, get help) or with understanding ("ça arrive", "in good faith"). A sanction that names an
// error is not room for error, and "erreurs à éviter" is advice, not this clause.
const FR_ERROR =
  /\b(?:erreurs?|oublis?|maladresses?|(?:se|vous|nous|te|me|on s'est|vous etes|nous sommes) (?:trompe\w*|tromper)|trompez|faux pas|par megarde|par inadvertance|involontaire(?:s|ment)?|coquilles?|bevues?|impairs?|gaffes?|erron(?:e|ee|es|ees))\b/;
const FR_AVOID =
  /\b(?:(?:erreurs?|oublis?|pieges?) (?:a eviter|courante?s|frequente?s|classiques)|(?:pour |afin d')?eviter (?:les |des |toute |tout |d')?(?:erreurs?|oublis?|fautes?|coquilles?)|induire en erreur|induit en erreur)\b/g;
const FR_REMEDY =
  /\b(?:corrig\w*|rectifi\w*|retir(?:er|ez|ons|e)|supprim(?:er|ez|ons)|signal(?:er|ez|ons|ez-le|ez-la|ez-les)|avis(?:er|ez)|inform(?:er|ez|ons)|preven(?:ir|ez)|previen(?:s|t|nent)|parl(?:er|ez)(?:-en| en)|en parler|demand(?:er|ez) (?:de l'|l')?aide|aid(?:er|ons|era|erons|eront)|accompagn\w*|soutien|soutenir|soutiendr\w*|s'excuser|excusez|ensemble|arriv(?:er|e) a (?:tout le monde|tous)|peu(?:t|vent) arriver|ca arrive|cela arrive|droit a l'erreur|de bonne foi|pris(?:e|es)? en compte|comprehensi\w*|comprendr\w*|bienveillan\w*|sans (?:jugement|reproche|blame|sanction)|pas de panique|rattrap\w*|reparer|appren(?:dre|ons|ez))\b/;
const FR_ALONE =
  /\b(?:droit a l'erreur|erreurs? de bonne foi|erreurs? (?:humaines?|honnetes?)|l'erreur est humaine)\b/;

const EN_ERROR =
  /\b(?:mistakes?|errors?|slip(?:s|-ups?| ups?)?|oops|by accident|accidental(?:ly)?|unintentional(?:ly)?|inadvertent(?:ly)?|typos?|got (?:it|something) wrong|get (?:it|something) wrong|goof\w*|misstep\w*|oversights?)\b/;
// "Hidden in error" speaks of a moderation action, not of someone's slip.
const EN_AVOID =
  /\b(?:(?:common|frequent|typical) (?:mistakes|errors|pitfalls)|(?:mistakes|errors) to avoid|(?:to )?(?:avoid|prevent) (?:\w+ ){0,2}(?:errors?|mistakes?|typos?)|in error|misleading)\b/g;
const EN_REMEDY =
  /\b(?:fix(?:es|ed|ing)?|correct(?:s|ed|ing|ion|ions)?|rectif\w*|tell (?:us|someone|your|a|the)|let (?:us|someone|your \w+|the \w+) know|report (?:it|them)|ask for help|help|support|apologi[sz]\w*|remove (?:it|the post)|delete (?:it|the post)|happens?|good faith|honest|understand\w*|no blame|blameless|it's ok(?:ay)?|don't panic|learn(?:s|ed|ing)? from|own up|together)\b/;
const EN_ALONE =
  /\b(?:mistakes (?:happen|will happen)|honest (?:mistakes?|errors?)|human error|good[- ]faith (?:mistakes?|errors?)|everyone makes mistakes)\b/;

function score(s: SentenceView, error: RegExp, avoid: RegExp, remedy: RegExp, alone: RegExp): Evidence {
  // Every cue of this clause holds an error word: without one, nothing else is worth testing.
  if (!error.test(s.text)) return 0;
  if (alone.test(s.text)) return 1;
  const text = s.text.replace(avoid, ' ');
  const found = text.match(error);
  if (!found) return 0;
  return remedy.test(text.replace(found[0], ' ')) ? 1 : 0.25;
}

/** `coverage/human-error`: what happens after an honest error or omission. */
export const humanError: ClauseDetector = {
  id: 'human-error',
  sanctions: 'none',
  headings: {
    fr: {
      strong:
        /\b(?:droit a l'erreur|erreurs? (?:et|ou) (?:oublis?|maladresses?)|en cas d'(?:erreur|oubli)|si vous (?:faites|commettez) une erreur|vous vous etes trompe|erreur humaine|caractere humain|l'erreur est humaine|ca arrive)\b/,
      topic: /\b(?:erreurs?|oublis?|maladresses?|imprevus)\b/,
      not: /\b(?:a eviter|courantes|frequentes|pieges)\b/,
    },
    en: {
      strong:
        /\b(?:mistakes? happen|if you make a mistake|honest mistakes?|human error|when things go wrong|made a mistake|oops|errors? and omissions?)\b/,
      topic: /\b(?:mistakes?|errors?|slips?)\b/,
      not: /\b(?:to avoid|common|pitfalls)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_ERROR, FR_AVOID, FR_REMEDY, FR_ALONE),
    en: (s) => score(s, EN_ERROR, EN_AVOID, EN_REMEDY, EN_ALONE),
  },
};
