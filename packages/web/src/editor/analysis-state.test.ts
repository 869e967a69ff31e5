import { analyze } from '@charte/analyzer';
import { forEachDiagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { EditorAnalysis } from '../analysis/protocol.js';
import { summarize } from '../analysis/summarize.js';
import {
  analysisField,
  applyAnalysis,
  lintDiagnostics,
  mapAnalyzedRange,
  sentenceAt,
  suggestionChanges,
  toneDecorations,
  toneTitles,
} from './analysis-state.js';

const FR = [
  '# Photos',
  '',
  'Ne publiez pas de photo d’élève sans consentement.',
  '',
  '# Comptes',
  '',
  'Vous pouvez créer un compte de classe 😀 avec l’accord de la direction.',
  '',
  'Tout manquement pourra entraîner des sanctions.',
  '',
].join('\n');

function stateWith(doc: string, lang: 'fr' | 'en' = 'fr'): { state: EditorState; analysis: EditorAnalysis } {
  const analysis = summarize(analyze(doc, { lang, format: 'markdown' }));
  let state = EditorState.create({
    doc,
    extensions: [analysisField, toneTitles.of({ prohibition: 'Interdiction' })],
  });
  state = state.update({ effects: applyAnalysis.of(analysis) }).state;
  return { state, analysis };
}

function tones(state: EditorState): Array<{ from: number; to: number; label: string; title?: string }> {
  const out: Array<{ from: number; to: number; label: string; title?: string }> = [];
  state.field(analysisField).tones.between(0, state.doc.length, (from, to, deco) => {
    const attrs = deco.spec.attributes as Record<string, string>;
    out.push({ from, to, label: attrs['data-tone'], ...(attrs.title ? { title: attrs.title } : {}) });
  });
  return out;
}

function edit(state: EditorState, from: number, to: number, insert: string): EditorState {
  return state.update({ changes: { from, to, insert } }).state;
}

function applyChanges(state: EditorState, changes: ReturnType<typeof suggestionChanges>): EditorState {
  expect(changes).not.toBeNull();
  return state.update({ changes: changes! }).state;
}

describe('tone decorations', () => {
  it('marks every sentence exactly where the analyzer found it, with its label', () => {
    const { state, analysis } = stateWith(FR);
    const marks = tones(state);
    expect(marks.map((m) => state.sliceDoc(m.from, m.to))).toEqual([
      'Photos',
      'Ne publiez pas de photo d’élève sans consentement.',
      'Comptes',
      'Vous pouvez créer un compte de classe 😀 avec l’accord de la direction.',
      'Tout manquement pourra entraîner des sanctions.',
    ]);
    expect(marks.map((m) => m.label)).toEqual(analysis.sentences.map((s) => s.label));
    expect(marks.map((m) => m.label)).toEqual([
      'informative',
      'prohibition',
      'informative',
      'permission',
      'sanction',
    ]);
    expect(marks[1].title).toBe('Interdiction');
  });

  it('keeps every mark on its sentence after edits before, inside and between sentences', () => {
    const { state } = stateWith(FR);
    const before = tones(state);
    // An insertion before everything, then one right after the emoji (a surrogate pair).
    let next = edit(state, 0, 0, '> ');
    const emoji = next.doc.toString().indexOf('😀') + 2;
    next = edit(next, emoji, emoji, ' 🎉');
    const after = tones(next);
    expect(after[1]).toMatchObject({ from: before[1].from + 2, to: before[1].to + 2 });
    expect(next.sliceDoc(after[3].from, after[3].to)).toBe(
      'Vous pouvez créer un compte de classe 😀 🎉 avec l’accord de la direction.',
    );
    expect(next.sliceDoc(after[4].from, after[4].to)).toBe('Tout manquement pourra entraîner des sanctions.');
  });

  it('skips empty ranges and clamps ranges past the end of the text', () => {
    const set = toneDecorations(
      [
        { from: 3, to: 3, label: 'informative', explanation: '' },
        { from: 4, to: 50, label: 'permission', explanation: '' },
      ],
      10,
    );
    const ranges: Array<[number, number]> = [];
    set.between(0, 10, (from, to) => {
      ranges.push([from, to]);
    });
    expect(ranges).toEqual([[4, 10]]);
  });

  it('an analysis applied with changes in the same transaction describes the text before them', () => {
    const doc = 'Vous pouvez publier.';
    const analysis = summarize(analyze(doc, { lang: 'fr', format: 'markdown' }));
    const state = EditorState.create({ doc, extensions: [analysisField] });
    const tr: Transaction = state.update({
      effects: applyAnalysis.of(analysis),
      changes: { from: 0, insert: 'Oui. ' },
    });
    const marks = tones(tr.state);
    expect(tr.state.sliceDoc(marks[0].from, marks[0].to)).toBe('Vous pouvez publier.');
  });
});

describe('sentence under the cursor', () => {
  it('finds the sentence and its current range, after an edit', () => {
    const { state } = stateWith(FR);
    const moved = edit(state, 0, 0, 'Intro.\n\n');
    const pos = moved.doc.toString().indexOf('compte');
    const found = sentenceAt(moved, pos);
    expect(found?.label).toBe('permission');
    expect(found && moved.sliceDoc(found.from, found.to)).toMatch(/^Vous pouvez créer.*direction\.$/);
    expect(found?.explanation).not.toBe('');
    expect(sentenceAt(moved, 0)).toBeNull();
  });
});

describe('diagnostics for @codemirror/lint', () => {
  it('maps severity, message, rule and one action per suggestion, at the exact offsets', () => {
    const { state, analysis } = stateWith(FR);
    const diagnostics = lintDiagnostics(analysis, state.doc.length);
    const bare = diagnostics.find((d) => d.source === 'tone/bare-prohibition');
    expect(bare).toBeDefined();
    expect(state.sliceDoc(bare!.from, bare!.to)).toBe('Ne publiez pas de photo d’élève sans consentement.');
    expect(bare!.severity).toBe(
      analysis.diagnostics.find((d) => d.ruleId === 'tone/bare-prohibition')!.severity,
    );
    expect(bare!.actions?.map((a) => a.name)[0]).toMatch(/^Reformuler/);
    expect(diagnostics.every((d) => ['error', 'warning', 'info'].includes(d.severity))).toBe(true);
    // Missing clauses are left to the coverage checklist: they would all pile up on the first line.
    expect(analysis.diagnostics.some((d) => d.ruleId.startsWith('coverage/'))).toBe(true);
    expect(diagnostics.some((d) => d.source?.startsWith('coverage/'))).toBe(false);
    expect(diagnostics).toHaveLength(
      analysis.diagnostics.filter((d) => !d.ruleId.startsWith('coverage/')).length,
    );
  });

  it('lint keeps the diagnostics on their text after an edit', () => {
    const { state, analysis } = stateWith(FR);
    let next = state.update(setDiagnostics(state, lintDiagnostics(analysis, state.doc.length))).state;
    next = edit(next, 0, 0, 'Bonjour.\n\n');
    const seen: string[] = [];
    forEachDiagnostic(next, (d, from, to) => {
      if (d.source === 'tone/bare-prohibition') seen.push(next.sliceDoc(from, to));
    });
    expect(seen).toEqual(['Ne publiez pas de photo d’élève sans consentement.']);
  });
});

describe('suggestions → changes', () => {
  function rewording(analysis: EditorAnalysis) {
    const d = analysis.diagnostics.find((x) => x.ruleId === 'tone/bare-prohibition')!;
    return d.suggestions[0];
  }

  /** What the analyzer's edits give when applied to the source string directly. */
  function applyToString(source: string, edits: Array<{ from: number; to: number; insert: string }>): string {
    let out = source;
    for (const e of [...edits].sort((a, b) => b.from - a.from))
      out = out.slice(0, e.from) + e.insert + out.slice(e.to);
    return out;
  }

  it('applies the positive rewording exactly as the analyzer wrote it', () => {
    const { state, analysis } = stateWith(FR);
    const s = rewording(analysis);
    const next = applyChanges(state, suggestionChanges(state, s));
    expect(next.doc.toString()).toBe(applyToString(FR, s.edits));
    expect(next.doc.toString()).toContain('Vous pouvez publier une photo d’élève avec consentement.');
  });

  it('still applies it after edits elsewhere, shifted by them', () => {
    const { state, analysis } = stateWith(FR);
    const s = rewording(analysis);
    let next = edit(state, 0, 0, 'Préambule.\n\n');
    const end = next.doc.length;
    next = edit(next, end, end, 'Merci 🙏.\n');
    next = applyChanges(next, suggestionChanges(next, s));
    expect(next.doc.toString()).toBe(`Préambule.\n\n${applyToString(FR, s.edits)}Merci 🙏.\n`);
  });

  it('refuses it when the text it rewrites was edited since the analysis', () => {
    const { state, analysis } = stateWith(FR);
    const s = rewording(analysis);
    const inside = FR.indexOf('photo');
    const next = edit(state, inside, inside + 5, 'image');
    expect(suggestionChanges(next, s)).toBeNull();
    expect(mapAnalyzedRange(next, s.edits[0].from, s.edits[0].to)).toBeNull();
  });

  it('inserts a missing clause’s template where the analyzer placed it, even after an edit', () => {
    const { state, analysis } = stateWith(FR);
    const humanError = analysis.coverage.find((c) => c.clause === 'human-error')!;
    expect(humanError.present).toBe(false);
    expect(humanError.addition).not.toBeNull();
    const expected = applyToString(FR, humanError.addition!.edits);
    const next = edit(state, 0, 0, '<!-- brouillon -->\n');
    const applied = applyChanges(next, suggestionChanges(next, humanError.addition!));
    expect(applied.doc.toString()).toBe(`<!-- brouillon -->\n${expected}`);
    expect(applied.doc.toString()).toContain('Une erreur ou un oubli peut arriver à tout le monde');
  });

  it('points a present clause at the sentence that covers it', () => {
    const doc = `${FR}\nUne erreur ou un oubli peut arriver à tout le monde : corrigez-le dès que possible, prévenez le service des communications et nous trouverons une solution ensemble.\n`;
    const { state, analysis } = stateWith(doc);
    const humanError = analysis.coverage.find((c) => c.clause === 'human-error')!;
    expect(humanError.present).toBe(true);
    expect(state.sliceDoc(humanError.sentence!.from, humanError.sentence!.to)).toMatch(
      /^Une erreur ou un oubli/,
    );
    expect(analysis.coverage).toHaveLength(15);
  });
});
