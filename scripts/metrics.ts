import { TONE_LABELS, type ToneLabel } from '../packages/analyzer/src/index.ts';

export interface LabelScore {
  label: ToneLabel;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalScores {
  total: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perLabel: LabelScore[];
  /** confusion[gold][predicted] */
  confusion: Record<ToneLabel, Record<ToneLabel, number>>;
}

/** Precision, recall, F1 per label, macro-F1 over the labels that occur in gold or prediction. */
export function score(pairs: ReadonlyArray<{ gold: ToneLabel; predicted: ToneLabel }>): EvalScores {
  const confusion = Object.fromEntries(
    TONE_LABELS.map((g) => [g, Object.fromEntries(TONE_LABELS.map((p) => [p, 0]))]),
  ) as Record<ToneLabel, Record<ToneLabel, number>>;
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    confusion[gold][predicted]++;
    if (gold === predicted) correct++;
  }
  const perLabel: LabelScore[] = [];
  for (const label of TONE_LABELS) {
    const tp = confusion[label][label];
    const predictedCount = TONE_LABELS.reduce((n, g) => n + confusion[g][label], 0);
    const support = TONE_LABELS.reduce((n, p) => n + confusion[label][p], 0);
    if (support === 0 && predictedCount === 0) continue;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel.push({ label, precision, recall, f1, support });
  }
  const macroF1 = perLabel.length === 0 ? 0 : perLabel.reduce((s, l) => s + l.f1, 0) / perLabel.length;
  return {
    total: pairs.length,
    correct,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1,
    perLabel,
    confusion,
  };
}
