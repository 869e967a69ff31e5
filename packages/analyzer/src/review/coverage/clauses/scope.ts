import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';
import {
  countPlatforms,
  EN_PEOPLE,
  EN_PLATFORMS,
  EN_SELF,
  FR_PEOPLE,
  FR_PLATFORMS,
  FR_SELF,
} from './shared.js';

// Who and which platforms the charter covers: a verb of application with people or platforms,
// a definition of social media; platforms named (known ones and the organization's) only under a
// heading about platforms or scope.
const FR_APPLIES =
  /\b(?:s'appliqu(?:e|ent|era|eront)|s'adress(?:e|ent)|concern(?:e|ent)|(?:est|sont) destine(?:e|s|es)? (?:a|aux)|regi(?:t|ssent)|couvr(?:e|ent)|(?:est|sont) vise(?:e|s|es)?|s'etend(?:ent)? a)\b|\bvis(?:e|ent) (?!a\b)/;
const FR_RULES =
  /\b(?:charte|politique|directive|netiquette|code|guide|document|reglement|regles|consignes|lignes directrices|presente?s?|dispositions)\b|^(?:elle|elles|il|ils)\b/;
const FR_DEFINES =
  /\b(?:on entend par|(?:les )?(?:medias|reseaux) sociaux (?:sont (?:des|les|l'ensemble|un ensemble|toutes?|tous)|regroupent|designent|comprennent|incluent|englobent|s'entendent)|(?:designe|comprend|englobe|inclut)(?:nt)? (?:les |des |notamment )?(?:medias|reseaux) sociaux)\b/;
const FR_SOCIAL = /\b(?:medias sociaux|reseaux sociaux|plateformes? (?:sociales|numeriques))\b/;

const EN_APPLIES =
  /\b(?:appl(?:y|ies|ying) (?:equally )?to|covers?|(?:is|are) (?:intended|meant|written) for|(?:is|are) addressed to|governs?|extends? to)\b/;
const EN_RULES =
  /\b(?:policy|charter|guidelines?|guidance|code|rules|document|procedures?|standards?|netiquette)\b|^(?:it|they)\b/;
const EN_DEFINES =
  /\b(?:social (?:media|networks?) (?:means?|refers? to|includes?|(?:is|are) defined as|covers?|encompass(?:es)?)|for the purposes? of this (?:policy|charter|document)|(?:the term|we use the term) social media)\b/;
const EN_SOCIAL = /\b(?:social (?:media|networks?(?:ing)?)|online platforms?)\b/;

function score(
  s: SentenceView,
  applies: RegExp,
  rules: RegExp,
  self: RegExp,
  people: RegExp,
  platforms: RegExp,
  defines: RegExp,
  social: RegExp,
): Evidence {
  const text = s.text;
  const named = countPlatforms(text, s.terms);
  if (applies.test(text) && (named > 0 || people.test(text) || platforms.test(text))) {
    return rules.test(text) || self.test(text) ? 1 : 0.5;
  }
  // Both languages define social media with a word starting "socia".
  if (text.includes('socia') && defines.test(text) && social.test(text)) return 1;
  return named > 0 ? 0.5 : 0;
}

/** `coverage/scope`: who the charter applies to and on which platforms. */
export const scope: ClauseDetector = {
  id: 'scope',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /^(?:champ d'application|portee|application|a qui s'adresse|(?:les )?personnes (?:visees|concernees)|(?:les )?plateformes (?:visees|concernees)|qui est vise|public vise|cadre d'application)\b/,
      topic: /\b(?:plateformes|medias sociaux vises|definitions?|(?:a|pour) qui)\b/,
    },
    en: {
      strong:
        /^(?:scope|applicability|application|who (?:this|it|the policy|the charter) (?:applies|is for)|who is covered|(?:covered|which) platforms|audience)\b/,
      topic: /\b(?:platforms|definitions?|who)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_APPLIES, FR_RULES, FR_SELF, FR_PEOPLE, FR_PLATFORMS, FR_DEFINES, FR_SOCIAL),
    en: (s) => score(s, EN_APPLIES, EN_RULES, EN_SELF, EN_PEOPLE, EN_PLATFORMS, EN_DEFINES, EN_SOCIAL),
  },
};
