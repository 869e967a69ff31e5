import { z } from 'zod';
import type { ToneLabel } from '../../../types.js';
import { suggestionTitle } from '../../messages.js';
import { isHeading } from '../../nearby.js';
import type { RelativeEdit } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { capsRuns, exclamationRuns, lowercaseRun } from './caps.js';

const schema = z.strictObject({
  minLetters: z.number().int().min(2).default(5),
  ignore: z.array(z.string()).default([]),
});

/** The voices of a rule: emphasis there reads as shouting at the reader. */
const RULE_LABELS: ReadonlySet<ToneLabel> = new Set<ToneLabel>([
  'prohibition',
  'obligation',
  'sanction',
  'recommendation',
]);

/**
 * Two capitals in a row or two exclamation marks: without either, a sentence cannot shout. Latin
 * capitals only (French and English), which is also ten times faster than `\p{Lu}` on every rule.
 */
const MAY_SHOUT = /[A-ZÀ-ÖØ-ÞŒ]{2}|!\s*!/;

/** `tone/shouting`: words in capitals or stacked exclamation marks used as emphasis on a rule. */
export const shouting = defineRule({
  id: 'tone/shouting',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'error' },
  schema,
  messages: {
    fr: {
      caps: {
        found: 'Mots en capitales «\u00a0{text}\u00a0» pour insister sur une règle',
        expected: 'écrivez-les en minuscules\u00a0; la phrase suffit à dire que c’est important',
      },
      bangs: {
        found: 'Points d’exclamation empilés «\u00a0{text}\u00a0» sur une règle',
        expected: 'un seul suffit, ou aucun',
      },
    },
    en: {
      caps: {
        found: 'Words in capitals “{text}” to stress a rule',
        expected: 'write them in lowercase; the sentence itself says it matters',
      },
      bangs: {
        found: 'Stacked exclamation marks “{text}” on a rule',
        expected: 'one is enough, or none',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Une règle insiste par des mots en capitales ou des points d’exclamation empilés.',
      en: 'A rule is stressed with words in capitals or stacked exclamation marks.',
    },
    details: {
      fr: 'La règle examine les interdictions, obligations, sanctions et recommandations. Elle signale une suite de mots en capitales qui contient au moins un mot de `minLetters` lettres ou plus (5 par défaut), et toute suite de deux points d’exclamation ou plus. Ne sont pas signalés\u00a0: les sigles courts (4 lettres ou moins, comme CSS, DPJ, FAQ, URL), quelques sigles connus plus longs (HTTPS, UNESCO, CNESST…) et ceux de l’option `ignore`, les mots contenant un chiffre, et les titres — un titre en capitales relève de la typographie, pas de l’insistance sur une règle. La correction (mettre en minuscules en gardant la majuscule initiale de la phrase et les sigles courts, ne garder qu’un point d’exclamation) est sûre\u00a0: `charte lint --fix` l’applique.',
      en: 'The rule looks at prohibitions, obligations, sanctions and recommendations. It reports a run of words in capitals holding at least one word of `minLetters` letters or more (5 by default), and any run of two or more exclamation marks. Not reported: short acronyms (4 letters or fewer, such as CSS, DPJ, FAQ, URL), a few well-known longer ones (HTTPS, UNESCO, CNESST…) and those in the `ignore` option, words holding a digit, and headings — a heading in capitals is typography, not emphasis on a rule. The fix (lowercase, keeping the sentence’s initial capital and short acronyms; keep one exclamation mark) is safe: `charte lint --fix` applies it.',
    },
    why: {
      fr: 'Les capitales et les «\u00a0!!!\u00a0» se lisent comme des cris. Une charte dont la force «\u00a0vient surtout du ton\u00a0» convainc en expliquant, pas en haussant la voix.',
      en: 'Capitals and “!!!” read as shouting. A charter whose strength “comes mostly from its tone” convinces by explaining, not by raising its voice.',
    },
    options: {
      minLetters: {
        fr: 'Longueur minimale (en lettres) d’un mot en capitales pour qu’il soit signalé.',
        en: 'Minimum length (in letters) of a word in capitals for it to be reported.',
      },
      ignore: {
        fr: 'Mots en capitales à laisser tels quels (sigles, noms propres), p. ex. `["CHSLD"]`.',
        en: 'Words in capitals to leave as they are (acronyms, proper names), e.g. `["NASDAQ"]`.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input: 'Il est INTERDIT de publier la photo d’un élève sans consentement.\n',
      },
      { lang: 'fr', valid: false, input: 'Respectez la vie privée de vos collègues !!!\n' },
      {
        lang: 'fr',
        valid: true,
        input:
          'Il est interdit de publier la photo d’un élève sans consentement de ses parents ou de la DPJ.\n',
      },
      { lang: 'en', valid: false, input: 'NEVER post a photo of a student without consent.\n' },
      {
        lang: 'en',
        valid: true,
        input: 'Never post a photo of a student without consent; see the FAQ on the HTTPS intranet.\n',
      },
    ],
  },
  create(context) {
    const { facts, options, lang } = context;
    const ignore = new Set(options.ignore.map((word) => word.toUpperCase()));
    return {
      sentence(index) {
        const sentence = facts.sentences[index];
        if (
          !RULE_LABELS.has(sentence.tone.label) ||
          !MAY_SHOUT.test(sentence.text) ||
          isHeading(facts, index)
        ) {
          return;
        }
        for (const run of capsRuns(sentence.text, sentence.lang, options.minLetters, ignore)) {
          const edits: RelativeEdit[] = lowercaseRun(sentence.text, run).map((edit) => ({
            kind: 'replace',
            sentence: index,
            ...edit,
          }));
          context.report({
            target: { kind: 'sentence', sentence: index, start: run.start, end: run.end },
            message: 'caps',
            params: { text: sentence.text.slice(run.start, run.end) },
            label: sentence.tone.label,
            suggestions: [
              {
                title: suggestionTitle(lang, 'lowercase', { text: sentence.text.slice(run.start, run.end) }),
                edits,
                safe: true,
              },
            ],
          });
        }
        for (const run of exclamationRuns(sentence.text)) {
          context.report({
            target: { kind: 'sentence', sentence: index, start: run.start, end: run.end },
            message: 'bangs',
            params: { text: sentence.text.slice(run.start, run.end) },
            label: sentence.tone.label,
            suggestions: [
              {
                title: suggestionTitle(lang, 'oneExclamation'),
                edits: [{ kind: 'replace', sentence: index, start: run.start, end: run.end, text: '!' }],
                safe: true,
              },
            ],
          });
        }
      },
    };
  },
});
