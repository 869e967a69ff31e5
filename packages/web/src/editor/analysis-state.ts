/**
 * The analysis inside the editor state: tone tints as mark decorations, diagnostics for
 * @codemirror/lint, and the edits the analyzer suggests turned into CodeMirror changes.
 *
 * An analysis is applied only when it matches the current text (the scheduler drops late answers), so
 * its offsets are exact at that moment. Afterwards the user keeps typing: the tints and the lint
 * diagnostics are mapped through each change by CodeMirror, and this field composes those changes
 * (`since`) so that a suggestion or a "go to sentence" computed on the analyzed text still lands on
 * the right characters — or is refused when the text it rewrites has been edited meanwhile.
 */

import type { Action, Diagnostic } from '@codemirror/lint';
import {
  ChangeSet,
  type ChangeSpec,
  type EditorState,
  Facet,
  type Range,
  StateEffect,
  StateField,
} from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView } from '@codemirror/view';
import type {
  EditorAnalysis,
  EditorDiagnostic,
  EditorSentence,
  EditorSuggestion,
} from '../analysis/protocol.js';
import type { ToneLabel } from '../constants.js';

/** The tone label names shown on hover, in the UI language. */
export const toneTitles = Facet.define<
  Partial<Record<ToneLabel, string>>,
  Partial<Record<ToneLabel, string>>
>({
  combine: (values) => values[0] ?? {},
});

export const applyAnalysis = StateEffect.define<EditorAnalysis>();

export interface AnalysisValue {
  analysis: EditorAnalysis | null;
  tones: DecorationSet;
  /** Every change made to the text since `analysis` was computed. */
  since: ChangeSet;
}

function clamp(pos: number, length: number): number {
  return Math.max(0, Math.min(pos, length));
}

/** One mark per sentence, class `cm-tone cm-tone-<label>`; empty or out-of-range sentences skipped. */
export function toneDecorations(
  sentences: readonly EditorSentence[],
  docLength: number,
  titles: Partial<Record<ToneLabel, string>> = {},
): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const s of sentences) {
    const from = clamp(s.from, docLength);
    const to = clamp(s.to, docLength);
    if (to <= from) continue;
    const title = titles[s.label];
    ranges.push(
      Decoration.mark({
        class: `cm-tone cm-tone-${s.label}`,
        attributes: { 'data-tone': s.label, ...(title ? { title } : {}) },
      }).range(from, to),
    );
  }
  return Decoration.set(ranges, true);
}

export const analysisField = StateField.define<AnalysisValue>({
  create: (state) => ({ analysis: null, tones: Decoration.none, since: ChangeSet.empty(state.doc.length) }),
  update(value, tr) {
    let next = value;
    for (const effect of tr.effects) {
      if (!effect.is(applyAnalysis)) continue;
      // An analysis describes the text before this transaction's own changes (if any).
      const length = tr.startState.doc.length;
      next = {
        analysis: effect.value,
        tones: toneDecorations(effect.value.sentences, length, tr.startState.facet(toneTitles)),
        since: ChangeSet.empty(length),
      };
    }
    if (!tr.docChanged) return next;
    return {
      analysis: next.analysis,
      tones: next.tones.map(tr.changes),
      since: next.since.compose(tr.changes),
    };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.tones),
});

/**
 * Where a range of the analyzed text stands now; null when the text in it was edited since (for an
 * empty range — an insertion point — it is always mapped).
 */
export function mapAnalyzedRange(
  state: EditorState,
  from: number,
  to: number,
): { from: number; to: number } | null {
  const { since } = state.field(analysisField);
  const length = since.length;
  if (from > length || to > length || from > to) return null;
  if (to > from && since.touchesRange(from, to)) return null;
  if (to === from) {
    const pos = since.mapPos(from, 1);
    return { from: pos, to: pos };
  }
  return { from: since.mapPos(from, 1), to: since.mapPos(to, -1) };
}

/** The changes a suggestion makes on the current text; null when any of its edits is stale. */
export function suggestionChanges(state: EditorState, suggestion: EditorSuggestion): ChangeSpec[] | null {
  const changes: ChangeSpec[] = [];
  for (const edit of suggestion.edits) {
    const range = mapAnalyzedRange(state, edit.from, edit.to);
    if (!range) return null;
    changes.push({ from: range.from, to: range.to, insert: edit.insert });
  }
  return changes;
}

/**
 * Applies a suggestion and selects what it inserted (a keyboard user sees where the text went).
 * Returns false, changing nothing, when the suggestion no longer fits the text.
 */
export function applySuggestion(view: EditorView, suggestion: EditorSuggestion): boolean {
  const changes = suggestionChanges(view.state, suggestion);
  if (!changes) return false;
  const set = view.state.changes(changes);
  const first = suggestion.edits[0];
  let anchor: number | undefined;
  let head: number | undefined;
  if (first) {
    const range = mapAnalyzedRange(view.state, first.from, first.to)!;
    // Trim the line breaks an insertion starts or ends with, so the selection covers the words.
    const lead = first.insert.length - first.insert.trimStart().length;
    const trail = first.insert.length - first.insert.trimEnd().length;
    anchor = set.mapPos(range.from, -1) + lead;
    head = Math.max(anchor, set.mapPos(range.from, -1) + first.insert.length - trail);
  }
  view.dispatch({
    changes: set,
    selection: anchor === undefined ? undefined : { anchor, head },
    scrollIntoView: true,
    userEvent: 'input.suggestion',
  });
  return true;
}

const SEVERITY: Record<EditorDiagnostic['severity'], Diagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** Missing clauses concern the whole text; the coverage checklist shows them, not the text. */
export function inEditor(d: EditorDiagnostic): boolean {
  return !d.ruleId.startsWith('coverage/');
}

/**
 * The analyzer's diagnostics as @codemirror/lint diagnostics (except missing clauses, see `inEditor`),
 * each suggestion an action.
 */
export function lintDiagnostics(analysis: EditorAnalysis, docLength: number): Diagnostic[] {
  return analysis.diagnostics.filter(inEditor).map((d) => {
    const actions: Action[] = d.suggestions.map((s) => ({
      name: s.title,
      apply: (view) => {
        applySuggestion(view, s);
      },
    }));
    const from = clamp(d.from, docLength);
    return {
      from,
      to: Math.max(from, clamp(d.to, docLength)),
      severity: SEVERITY[d.severity],
      message: d.message,
      source: d.ruleId,
      actions,
    };
  });
}

/**
 * The sentence under a position of the current text, with its current range (for the status line
 * that says, in words, what the tint under the cursor means). Sentences are sorted and mapping keeps
 * their order, so a binary search finds it.
 */
export function sentenceAt(state: EditorState, pos: number): EditorSentence | null {
  const { analysis, since } = state.field(analysisField);
  if (!analysis) return null;
  const { sentences } = analysis;
  const length = since.length;
  const map = (s: EditorSentence) => ({
    from: since.mapPos(clamp(s.from, length), 1),
    to: since.mapPos(clamp(s.to, length), -1),
  });
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = map(sentences[mid]);
    if (pos < range.from) hi = mid - 1;
    else if (pos > range.to) lo = mid + 1;
    else return { ...sentences[mid], ...range };
  }
  return null;
}
