import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Proportional consequences: consequences of a breach (the label `sanction`, or their words) that
// name a proportion or a gradation: "proportionnées à la gravité", "graduées", "selon la gravité",
// "a first warning", "case by case". A ladder that only names its top ("up to dismissal") is weaker.
const FR_CONSEQUENCE =
  /\b(?:sanction\w*|mesures?|consequences?|manquements?|infractions?|retraits?|suspensions?|avertissements?|congediement|renvoi|expulsion|blocages?|bannissements?|recidiv\w*|disciplinaires?)\b/;
const FR_PROPORTION =
  /\b(?:proportionn\w*|proportion|gradu\w*|gradation|progressi(?:f|ve|fs|ves|vement)|echelle|(?:selon|suivant|en fonction de|a la mesure de|compte tenu de) (?:la |leur |sa |l')?(?:nature (?:et (?:de )?la |et )?)?(?:gravite|serieux|severite|ampleur|importance|circonstances|contexte)|au cas par cas|(?:tiendr\w*|tient|tiennent|tenir) compte (?:de )?(?:la |l'|des )?(?:gravite|nature|contexte|circonstances|intention|bonne foi)|premiers? (?:avertissements?|manquements?|retraits?)|d'abord (?:un|une|par)|adapte(?:e|s|es)? (?:a|au|aux) (?:la )?(?:gravite|situation|circonstances))\b/;
const FR_LADDER = /\b(?:pouvant aller jusqu'(?:a|au|aux)|allant (?:de|du) .+ (?:a|au|jusqu'))\b|\brecidiv\w*/;

const EN_CONSEQUENCE =
  /\b(?:sanctions?|disciplinary|discipline|consequences?|measures?|actions?|breach(?:es)?|violations?|penalt(?:y|ies)|warnings?|suspensions?|dismissal|termination|expulsion|bans?|blocked|removal|repeat(?:ed)?)\b/;
const EN_PROPORTION =
  /\b(?:proportionate(?:ly)?|proportional(?:ly)?|in proportion|commensurate|graduated|progressive|escalating (?:sanctions|consequences|measures|steps)|(?:depend(?:s|ing)?|based) on (?:the )?(?:nature (?:and )?)?(?:severity|seriousness|gravity|circumstances|context)|according to (?:the )?(?:severity|seriousness|gravity)|case[- ]by[- ]case|take (?:into account|account of) (?:the )?(?:severity|seriousness|circumstances|context|intent)|first (?:warning|offen[cs]e|breach|time)|(?:a|an initial) warning first|tiered|stepped)\b/;
const EN_LADDER =
  /\b(?:up to and including|ranging from|repeat(?:ed)? (?:offen\w*|breach\w*|violations?)|repeat offenders?)\b/;

function score(s: SentenceView, consequence: RegExp, proportion: RegExp, ladder: RegExp): Evidence {
  const { text, label } = s;
  const about = label === 'sanction' || consequence.test(text);
  if (!about) return 0;
  if (proportion.test(text)) return 1;
  return ladder.test(text) ? 0.5 : 0;
}

/** `coverage/proportional-consequences`: consequences proportionate to the breach, on a ladder. */
export const proportionalConsequences: ClauseDetector = {
  id: 'proportional-consequences',
  sanctions: 'full',
  headings: {
    fr: {
      strong:
        /\b(?:proportionn\w*|gradation|sanctions? graduees?|mesures? graduees?|echelle des (?:sanctions|mesures))\b/,
      topic: /\b(?:gravite|gradu\w*|progressi\w*|manquements et (?:mesures|consequences))\b/,
    },
    en: {
      strong:
        /\b(?:proportionate|proportional|graduated (?:response|sanctions|measures)|progressive discipline)\b/,
      topic: /\b(?:severity|graduated|progressive|escalation)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_CONSEQUENCE, FR_PROPORTION, FR_LADDER),
    en: (s) => score(s, EN_CONSEQUENCE, EN_PROPORTION, EN_LADDER),
  },
};
