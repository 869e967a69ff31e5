import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';
import { DATE, EN_SELF, FR_SELF } from './shared.js';

// Review date: when the charter was adopted, last updated or will be reviewed. A revision with a
// date or a period states it; "may be revised at any time" or "regularly" only hints at it.
const FR_REVISE =
  /\b(?:revis(?:e|ee|es|ees|er|era|eront|ion|ions)|revu(?:e|s|es)?|mise? a jour|mises a jour|mis(?:e|es)? a jour|reevalu\w*|reexamin\w*|actualis\w*|entr(?:e|era|ee) en vigueur|en vigueur (?:depuis|le|a compter)|adopt(?:e|ee|es|ees) (?:le|par|en)|modifi(?:e|ee|ees|er|era|cation|cations))\b/;
const FR_EXPLICIT =
  /\b(?:date (?:de|d')(?:revision|mise a jour|adoption|entree en vigueur)|derniere (?:mise a jour|revision|modification)|prochaine (?:revision|mise a jour|reevaluation)|mise a jour le|revisee? le|adoptee? le)\b/;
const FR_PERIOD =
  /\b(?:chaque annee|annuellement|une fois par (?:an|annee)|tous les (?:\w+ )?(?:ans|mois)|aux (?:deux|trois|quatre|cinq|\d+) ans|chaque (?:rentree|annee scolaire|printemps|automne|ete|hiver)|a (?:la fin de )?chaque annee scolaire|au (?:plus tard|moins une fois)|d'ici (?:la fin|le|l'|\d)|dans (?:un|deux|trois|\d+) ans?|periodiquement|a compter du)\b/;
const FR_VAGUE = /\b(?:en tout temps|au besoin|si necessaire|regulierement|de temps a autre|sans preavis)\b/;
const FR_RULES =
  /\b(?:charte|politique|directive|netiquette|code|guide|reglement|regles|consignes|document|lignes directrices)\b/;

const EN_REVISE =
  /\b(?:review(?:s|ed|ing)?|revis(?:e|ed|es|ing|ion|ions)|updat(?:e|ed|es|ing)|amend(?:ed|ment|ments)?|re-?evaluat\w*|came into (?:effect|force)|comes? into (?:effect|force)|effective (?:as of|from|on)|adopted (?:on|by|in))\b/;
const EN_EXPLICIT =
  /\b(?:(?:review|revision|effective|adoption) date|last (?:updated|reviewed|revised|amended)|next review|date of (?:review|revision|adoption)|reviewed on|updated on|revised on|approved on)\b/;
const EN_PERIOD =
  /\b(?:annually|every (?:\w+ )?(?:years?|months?)|each (?:year|school year|spring|fall|autumn|summer|winter)|once a year|yearly|biennially|at least once|by (?:the end of )?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)|within (?:one|two|three|\d+) years?|periodically)\b/;
const EN_VAGUE = /\b(?:at any time|as needed|when necessary|regularly|from time to time|without notice)\b/;
const EN_RULES =
  /\b(?:policy|charter|guidelines?|guidance|code|rules|document|procedures?|standards?|netiquette)\b/;

function score(
  s: SentenceView,
  revise: RegExp,
  explicit: RegExp,
  period: RegExp,
  vague: RegExp,
  rules: RegExp,
  self: RegExp,
): Evidence {
  const text = s.text;
  if (explicit.test(text)) return 1;
  if (!revise.test(text)) return 0;
  const aboutCharter = self.test(text) || rules.test(text);
  if (!aboutCharter) return 0;
  if (period.test(text) || DATE.test(text)) return 1;
  return vague.test(text) ? 0.5 : 0.25;
}

/** `coverage/review-date`: when the charter was adopted, updated, or will next be reviewed. */
export const reviewDate: ClauseDetector = {
  id: 'review-date',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:revision|mises? a jour|entree en vigueur|date d'(?:adoption|entree)|adoption|historique des (?:versions|modifications)|suivi de la charte|dispositions finales)\b/,
      topic: /\b(?:suivi|versions?|evaluation)\b/,
    },
    en: {
      strong:
        /\b(?:(?:policy|charter|guidelines|annual|periodic) review|review (?:date|and (?:revision|updates?))|revision(?: history)?|updates? to this|effective date|adoption|version history)\b|^review$/,
      topic: /\b(?:versions?|updates?|evaluation|monitoring)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_REVISE, FR_EXPLICIT, FR_PERIOD, FR_VAGUE, FR_RULES, FR_SELF),
    en: (s) => score(s, EN_REVISE, EN_EXPLICIT, EN_PERIOD, EN_VAGUE, EN_RULES, EN_SELF),
  },
};
