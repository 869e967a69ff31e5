/**
 * The project's labeled French corpus (corpus/*-fr.jsonl) must clear the bar of the issue:
 * macro-F1 ≥ 0.85, accuracy ≥ 0.88, every label F1 ≥ 0.70. Ambiguous lines are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { classifySentence, type ToneLabel } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { score } from '../../../../../scripts/metrics.ts';

const CORPUS = new URL('../../../../../corpus/', import.meta.url);

interface Line {
  text: string;
  lang: string;
  label: ToneLabel;
  ambiguous?: boolean;
}

function frenchLines(): Line[] {
  const out: Line[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('-fr.jsonl'))) {
    for (const raw of readFileSync(new URL(file, CORPUS), 'utf8').split('\n')) {
      if (raw.trim()) out.push(JSON.parse(raw) as Line);
    }
  }
  return out;
}

describe('French corpus', () => {
  const lines = frenchLines();
  const scored = lines.filter((l) => !l.ambiguous && l.lang === 'fr');
  const pairs = scored.map((l) => ({ gold: l.label, predicted: classifySentence(l.text, 'fr').label }));
  const s = score(pairs);

  it('has French lines to score', () => {
    expect(scored.length).toBeGreaterThan(100);
  });

  it('reaches macro-F1 ≥ 0.85 and accuracy ≥ 0.88', () => {
    expect(s.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it.each(s.perLabel.map((l) => [l.label, l.f1] as const))('label %s has F1 ≥ 0.70', (_label, f1) => {
    expect(f1).toBeGreaterThanOrEqual(0.7);
  });
});
