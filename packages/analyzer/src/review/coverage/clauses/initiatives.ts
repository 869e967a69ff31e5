import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Encouragement and recognition of initiatives: people's initiatives, projects, achievements or good
// news, encouraged, showcased or celebrated (by the label `encouragement` or by a verb of valuing);
// the organization's own values count as what is worth showcasing.
const FR_FEAT =
  /\b(?:initiatives?|projets?|bons coups|reussites?|succes|realisations?|accomplissements?|bonnes nouvelles|coups de coeur|fiertes?|innovations?|exploits?|distinctions?|bonnes pratiques (?:de|des) (?:vos|nos|leurs) (?:collegues|equipes|eleves))\b/;
const FR_IDEA = /\b(?:idees?|propositions?|suggestions?|contributions?|creations?|boite a idees)\b/;
const FR_VALUE =
  /\b(?:encourag\w*|valoris\w*|soulign(?:er|e|ons|ent|era|erons|eront)|reconn(?:aitre|ait|aissons|aissent|aitra|aitrons|aissance)|celebr\w*|felicit\w*|(?:mettre|met|mettons|mettent|mis|mise|mettra|mettrons) en (?:valeur|lumiere|vedette)|fai(?:re|t|sons|tes) rayonner|applaud\w*|remerci\w*|salu(?:er|e|ons|ent)|vitrine)\b/;
// Verbs that support or relay without valuing as such: they value when the organization pledges them.
const FR_SUPPORT =
  /\b(?:rayonn\w*|partag(?:er|ez|eons|ent) (?:vos|leurs)|promouv\w*|prix|fier(?:e|s|es|te)?|soutenir|soutien(?:t|nent|drons|dra)?|appui(?:e|er|ons|era)?|accueill\w*)\b/;
const FR_CONTEXT = /\b(?:nos|ses|leurs|les) valeurs\b/;

const EN_FEAT =
  /\b(?:initiatives?|projects?|good news|achievements?|accomplishments?|successes|success stories|milestones?|awards?|wins|great work|innovations?|proud moments|highlights)\b/;
const EN_IDEA = /\b(?:ideas?|suggestions?|contributions?|proposals?|creations?|ideas box)\b/;
const EN_VALUE =
  /\b(?:encourag\w*|celebrat\w*|recogni[sz]\w*|showcas\w*|spotlight\w*|shine a light|prais\w*|thank\w*|congratulat\w*|take pride|kudos|shout-?outs?|(?:we|i) value|valued|applaud\w*)\b/;
const EN_SUPPORT =
  /\b(?:highlight(?:s|ed|ing)?|featur(?:e|es|ed|ing)|promot\w*|amplif\w*|share (?:your|their)|welcom\w*|support\w*|proud|reward\w*)\b/;
const EN_CONTEXT = /\b(?:our|its|their|the \w+'s) values\b/;

function score(
  s: SentenceView,
  feat: RegExp,
  idea: RegExp,
  value: RegExp,
  support: RegExp,
  context: RegExp,
): Evidence {
  const { text, label } = s;
  if (label === 'prohibition' || label === 'sanction') return 0;
  const pledged = label === 'encouragement' || label === 'commitment';
  const valued = label === 'encouragement' || value.test(text) || (pledged && support.test(text));
  const featured = feat.test(text) || context.test(text) || (s.terms.values?.test(text) ?? false);
  if (featured && valued) return 1;
  if (featured) return support.test(text) ? 0.5 : 0.25;
  return idea.test(text) && (valued || support.test(text)) ? 0.5 : 0;
}

/** `coverage/initiatives`: initiatives encouraged, recognized and showcased. */
export const initiatives: ClauseDetector = {
  id: 'initiatives',
  sanctions: 'none',
  headings: {
    fr: {
      strong: /\b(?:initiatives?|bons coups|nos (?:reussites|fiertes|projets)|boite a idees|vitrine)\b/,
      topic:
        /\b(?:projets?|reussites?|encouragements?|idees|valoris(?:er|ation)|reconnaissance|mettre en valeur)\b/,
    },
    en: {
      strong:
        /\b(?:initiatives?|showcase|good news|kudos|shout-?outs|success stories|our achievements|ideas box)\b/,
      topic: /\b(?:projects?|achievements?|encouragement|ideas|successes|recognition|celebrating)\b|^value$/,
    },
  },
  content: {
    fr: (s) => score(s, FR_FEAT, FR_IDEA, FR_VALUE, FR_SUPPORT, FR_CONTEXT),
    en: (s) => score(s, EN_FEAT, EN_IDEA, EN_VALUE, EN_SUPPORT, EN_CONTEXT),
  },
};
