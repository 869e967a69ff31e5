/** For any input, the French grammar answers without throwing, with a valid label and cue. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TONE_LABELS } from '../../types.js';
import { classifyFrench } from './index.js';

const WORDS = [
  'il',
  'est',
  'interdit',
  'de',
  "n'",
  'ne',
  'pas',
  'peut',
  'doit',
  'vous',
  'nous',
  'Seuls',
  'les',
  '«',
  '»',
  ',',
  ':',
  ';',
  '?',
  '!',
  'et',
  'si',
  'qui',
  'que',
  'sera',
  'supprimé',
  'Partagez',
  'Ne',
  'publiez',
  'jamais',
  's’engage',
  'à',
  'se',
  'réserve',
  'le',
  'droit',
  '(',
  ')',
  '-vous',
  'Merci',
  'aucun',
  'manquement',
  '’',
  '-',
];

describe('classifyFrench on arbitrary input', () => {
  it('never throws and returns a consistent result', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = classifyFrench(t);
        expect(TONE_LABELS).toContain(r.label);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.explanation.length).toBeGreaterThan(0);
        if (r.cue) {
          expect(r.cue.start).toBeGreaterThanOrEqual(0);
          expect(r.cue.end).toBeLessThanOrEqual(t.length);
          expect(r.cue.start).toBeLessThan(r.cue.end);
          expect(r.cue.text).toBe(t.slice(r.cue.start, r.cue.end));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
