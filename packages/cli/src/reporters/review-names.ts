import type { Translator } from '../i18n/index.js';
import type { ClauseId, Pillar, Readability, ScorePartId } from '../review/api.js';

/**
 * A key clause's name in the UI language.
 *
 * @example
 * clauseName(createTranslator('fr'), 'image-consent') // → 'droit à l’image et consentement'
 */
export function clauseName(t: Translator, clause: ClauseId): string {
  return t.t(`clause.${clause}`);
}

/**
 * A pillar's name in the UI language.
 *
 * @example
 * pillarName(createTranslator('en'), 'valoriser') // → 'Value'
 */
export function pillarName(t: Translator, pillar: Pillar): string {
  return t.t(`pillar.${pillar}`);
}

/**
 * A score part's name in the UI language.
 *
 * @example
 * partName(createTranslator('en'), 'human-error') // → 'room for error'
 */
export function partName(t: Translator, part: ScorePartId): string {
  return t.t(`score.part.${part}`);
}

/**
 * A section's title, or the localized name of the text before the first heading.
 *
 * @example
 * sectionTitle(createTranslator('en'), null) // → '(before the first heading)'
 */
export function sectionTitle(t: Translator, title: string | null): string {
  return title ?? t.t('score.rootSection');
}

/**
 * Readability in one line: formula, score, words per sentence and long sentences.
 *
 * @example
 * readabilityLine(t, readability) // → 'Kandel–Moles 62/100 · 17.4 words per sentence · 3 long sentences'
 */
export function readabilityLine(t: Translator, readability: Readability): string {
  if (readability.score === null) return t.t('score.noReadability');
  const wps = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 }).format(
    readability.wordsPerSentence,
  );
  return `${t.t('score.readabilityValue', {
    formula: t.t(`formula.${readability.formula}`),
    score: Math.round(readability.score),
    wps,
  })} · ${t.plural('score.longSentences', readability.longSentences)}`;
}
