import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const CHARTER_FR = `---
title: Charte
lang: fr
---

# Ne publiez pas n’importe quoi

Il est **interdit** de publier la photo d’un élève sans le consentement de ses parents.
Nous vous encourageons à partager les bons coups de votre école !

- Vous pouvez créer un compte de classe.
`;

describe('analyze', () => {
  it('labels every sentence and keeps headings informative whatever their verb', () => {
    const report = analyze(CHARTER_FR);
    expect(report.sentences.map((s) => [s.text, s.tone.label])).toEqual([
      ['Ne publiez pas n’importe quoi', 'informative'],
      ['Il est interdit de publier la photo d’un élève sans le consentement de ses parents.', 'prohibition'],
      ['Nous vous encourageons à partager les bons coups de votre école !', 'encouragement'],
      ['Vous pouvez créer un compte de classe.', 'permission'],
    ]);
    expect(report.counts.prohibition).toBe(1);
    expect(report.balance).toEqual({ enabling: 2, restrictive: 1, guidance: 0, neutral: 1, score: 67 });
  });

  it('maps each cue back to its place in the source, through the markup', () => {
    const report = analyze(CHARTER_FR);
    for (const s of report.sentences) {
      if (!s.tone.cue || !s.cueStart || !s.cueEnd) continue;
      const raw = CHARTER_FR.slice(s.cueStart.offset, s.cueEnd.offset);
      // The raw span holds the cue's words, possibly with markup such as ** between them.
      expect(raw.replace(/\*\*/g, '')).toBe(s.tone.cue.text);
      const before = CHARTER_FR.slice(0, s.cueStart.offset).split('\n');
      expect(s.cueStart.line).toBe(before.length);
      expect(s.cueStart.column).toBe(before[before.length - 1].length + 1);
    }
    const prohibition = report.sentences[1];
    expect(CHARTER_FR.slice(prohibition.cueStart!.offset, prohibition.cueEnd!.offset)).toBe(
      'Il est **interdit** de',
    );
  });

  it('labels English documents with the English grammar', () => {
    const report = analyze(
      '# Photos\n\nDo not post photos of students without consent.\n\nWe will help you.\n',
      { lang: 'en' },
    );
    expect(report.document.lang).toBe('en');
    expect(report.sentences.map((s) => s.tone.label)).toEqual(['informative', 'prohibition', 'commitment']);
  });

  it('never throws, and every cue lies inside its sentence', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('markdown', 'html', 'text' as const),
        (source, format) => {
          const report = analyze(source, { format });
          for (const s of report.sentences) {
            if (!s.cueStart || !s.cueEnd) continue;
            expect(s.cueStart.offset).toBeGreaterThanOrEqual(s.start.offset);
            expect(s.cueEnd.offset).toBeLessThanOrEqual(s.end.offset);
            expect(s.cueStart.offset).toBeLessThanOrEqual(s.cueEnd.offset);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
