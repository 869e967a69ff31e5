/**
 * The quality bar on the labeled English corpus (corpus/*-en.jsonl, ambiguous lines left out), and
 * a measure of speed that is logged, not asserted (timings depend on the machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { classifySentence, type ToneLabel } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { score } from '../../../../../scripts/metrics.ts';

interface Line {
  text: string;
  label: ToneLabel;
  ambiguous?: boolean;
}

const dir = new URL('../../../../../corpus/', import.meta.url);
const lines: Line[] = readdirSync(dir)
  .filter((f) => f.endsWith('-en.jsonl'))
  .flatMap((f) =>
    readFileSync(new URL(f, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Line),
  );
const scored = lines.filter((l) => !l.ambiguous);

describe('English corpus', () => {
  const s = score(scored.map((l) => ({ gold: l.label, predicted: classifySentence(l.text, 'en').label })));

  it('has enough lines to mean something', () => {
    expect(scored.length).toBeGreaterThan(150);
  });

  it('clears the bar: macro-F1 ≥ 0.85, accuracy ≥ 0.88, every label F1 ≥ 0.70', () => {
    expect(s.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.88);
    for (const l of s.perLabel) expect(l.f1, l.label).toBeGreaterThanOrEqual(0.7);
  });

  it('covers all eight labels', () => {
    expect(s.perLabel.map((l) => l.label).sort()).toHaveLength(8);
  });

  it('logs the time per sentence', () => {
    const texts = lines.map((l) => l.text);
    for (const t of texts) classifySentence(t, 'en');
    let n = 0;
    const start = performance.now();
    while (n < 20_000) {
      for (const t of texts) classifySentence(t, 'en');
      n += texts.length;
    }
    const us = ((performance.now() - start) * 1000) / n;
    console.log(`English tone: ${us.toFixed(2)} µs/sentence over ${n} sentences`);
    expect(us).toBeGreaterThan(0);
  });
});
