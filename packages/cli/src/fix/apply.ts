import type { Diagnostic, Suggestion, TextEdit } from '@charte/analyzer';

/** What one pass of fixing did. */
export interface FixPass {
  /** The source with the chosen suggestions applied. */
  text: string;
  /** The suggestions applied, in source order. */
  applied: Suggestion[];
}

/**
 * Applies the suggestions marked `safe` to `source`, each one whole or not at all. Suggestions are
 * taken in source order and one that touches or overlaps an edit already taken waits for the next
 * pass (its diagnostic will be recomputed on the fixed text), as ESLint does; a suggestion with an
 * edit outside the source or edits that overlap each other is never applied. Edits are applied from
 * the end so earlier offsets stay true.
 *
 * @example
 * applySafeSuggestions('Do NOT post.', [{ …, suggestions: [{ title: 'lower-case', safe: true, edits: [{ start: 3, end: 6, text: 'not' }] }] }])
 * // → { text: 'Do not post.', applied: [the suggestion] }
 */
export function applySafeSuggestions(source: string, diagnostics: readonly Diagnostic[]): FixPass {
  const candidates = diagnostics
    .flatMap((d) => d.suggestions ?? [])
    .filter((s) => s.safe === true && s.edits.length > 0 && isWellFormed(s.edits, source.length))
    .map((suggestion) => ({ suggestion, edits: sortEdits(suggestion.edits) }))
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);

  const taken: TextEdit[] = [];
  const applied: Suggestion[] = [];
  for (const { suggestion, edits } of candidates) {
    if (edits.some((edit) => taken.some((other) => touches(edit, other)))) continue;
    taken.push(...edits);
    applied.push(suggestion);
  }
  return { text: applyEdits(source, taken), applied };
}

/**
 * Applies non-overlapping edits (in any order) to a text.
 *
 * @example
 * applyEdits('abc', [{ start: 2, end: 3, text: 'C' }, { start: 0, end: 0, text: '>' }]) // → '>abC'
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  // From the end: each edit leaves the offsets before it untouched.
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

function isWellFormed(edits: readonly TextEdit[], length: number): boolean {
  const sorted = sortEdits(edits);
  return sorted.every(
    (edit, i) =>
      Number.isInteger(edit.start) &&
      Number.isInteger(edit.end) &&
      edit.start >= 0 &&
      edit.start <= edit.end &&
      edit.end <= length &&
      // Within one suggestion, edits may meet but not overlap.
      (i === 0 || sorted[i - 1].end <= edit.start),
  );
}

/** Whether two edits overlap or meet: then the order of their results would be ambiguous. */
function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
