/**
 * Every sentence of fixtures/sentences.tsv (written for these tests, in the phrasing of real
 * charters, not taken from the corpus) gets its label. Each line is a test of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TONE_LABELS, type ToneLabel } from '../../types.js';
import { classifyFrench } from './index.js';

const rows = readFileSync(new URL('./fixtures/sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t') as [ToneLabel, string]);

describe('fixtures/sentences.tsv', () => {
  it('is well formed and covers every label', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    for (const [label, text] of rows) {
      expect(TONE_LABELS).toContain(label);
      expect(text.length).toBeGreaterThan(0);
    }
    expect(new Set(rows.map(([label]) => label)).size).toBe(TONE_LABELS.length);
  });

  it.each(rows)('%s — %s', (label, text) => {
    const r = classifyFrench(text);
    expect(r.label).toBe(label);
    if (r.cue) expect(r.cue.text).toBe(text.slice(r.cue.start, r.cue.end));
  });
});
