import type { ClauseId } from '../review/types.js';
import type { Report } from '../types.js';
import { alignSequences } from './align.js';
import { diceOfWords, normalizeSentence, wordsOf } from './similarity.js';
import type {
  CharterDiff,
  CoverageDelta,
  Delta,
  DiffSentence,
  LabelChange,
  SectionDelta,
  SentenceChange,
} from './types.js';

/** Below this word similarity, a removed and an added sentence are two changes, not one rewording. */
export const CHANGED_SIMILARITY = 0.5;

/**
 * Compares two reviewed versions of a charter: sentences added, removed, reworded (`changed`),
 * moved and relabeled; label changes; and the balance, section, coverage and score deltas.
 * Sentences are aligned on their normalized text (Myers diff); a removed and an added sentence with
 * the same text become `moved`, and with mostly the same words in the same section, `changed`.
 *
 * @example
 * const diff = diffReports(analyze(oldText), analyze(newText));
 * diff.summary // → { added: 1, removed: 0, changed: 2, moved: 0, labelChanges: 1, unchanged: 40 }
 */
export function diffReports(oldReport: Report, newReport: Report): CharterDiff {
  const olds = oldReport.sentences.map((s) => side(oldReport, s.index));
  const news = newReport.sentences.map((s) => side(newReport, s.index));
  const ops = alignSequences(
    olds.map((s) => normalizeSentence(s.text)),
    news.map((s) => normalizeSentence(s.text)),
  );

  const removed = ops.flatMap((o) => (o.op === 'delete' ? [o.a] : []));
  const added = ops.flatMap((o) => (o.op === 'insert' ? [o.b] : []));
  // For each added sentence, the removed one it pairs with (moved first, then reworded).
  const partner = new Map<number, { a: number; kind: 'moved' | 'changed'; similarity: number }>();
  const paired = new Set<number>();
  const byText = new Map<string, number[]>();
  for (const a of removed) {
    const key = normalizeSentence(olds[a].text);
    byText.set(key, [...(byText.get(key) ?? []), a]);
  }
  for (const b of added) {
    const a = byText.get(normalizeSentence(news[b].text))?.shift();
    if (a === undefined) continue;
    partner.set(b, { a, kind: 'moved', similarity: 1 });
    paired.add(a);
  }
  const words = new Map<number, string[]>(removed.map((a) => [a, wordsOf(olds[a].text)]));
  for (const b of added) {
    if (partner.has(b)) continue;
    const addedWords = wordsOf(news[b].text);
    let best: { a: number; similarity: number } | null = null;
    for (const a of removed) {
      if (paired.has(a) || olds[a].section !== news[b].section) continue;
      const similarity = diceOfWords(words.get(a) ?? [], addedWords);
      if (similarity >= CHANGED_SIMILARITY && (best === null || similarity > best.similarity)) {
        best = { a, similarity };
      }
    }
    if (best === null) continue;
    partner.set(b, { a: best.a, kind: 'changed', similarity: round(best.similarity) });
    paired.add(best.a);
  }

  const changes: SentenceChange[] = [];
  let unchanged = 0;
  for (const o of ops) {
    if (o.op === 'equal') {
      if (olds[o.a].label === news[o.b].label) unchanged++;
      else changes.push({ kind: 'relabeled', old: olds[o.a], new: news[o.b] });
    } else if (o.op === 'delete') {
      if (!paired.has(o.a)) changes.push({ kind: 'removed', old: olds[o.a] });
    } else {
      const p = partner.get(o.b);
      if (p === undefined) changes.push({ kind: 'added', new: news[o.b] });
      else if (p.kind === 'moved') changes.push({ kind: 'moved', old: olds[p.a], new: news[o.b] });
      else changes.push({ kind: 'changed', old: olds[p.a], new: news[o.b], similarity: p.similarity });
    }
  }

  const labelChanges: LabelChange[] = changes.flatMap((c) =>
    c.kind !== 'added' && c.kind !== 'removed' && c.old.label !== c.new.label
      ? [{ from: c.old.label, to: c.new.label, old: c.old, new: c.new, textChanged: c.kind === 'changed' }]
      : [],
  );
  const count = (kind: SentenceChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return {
    summary: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      moved: count('moved'),
      labelChanges: labelChanges.length,
      unchanged,
    },
    changes,
    labelChanges,
    balance: delta(oldReport.balance.score, newReport.balance.score),
    sections: sectionDeltas(oldReport, newReport),
    coverage: coverageDelta(oldReport, newReport),
    score: delta(oldReport.review.scores.overall, newReport.review.scores.overall),
  };
}

function side(report: Report, index: number): DiffSentence {
  const s = report.sentences[index];
  return {
    index,
    text: s.text,
    label: s.tone.label,
    line: s.start.line,
    column: s.start.column,
    section: report.document.sections[s.section]?.title ?? null,
  };
}

function delta(old: number | null, next: number | null): Delta {
  return { old, new: next, delta: old === null || next === null ? null : next - old };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sections keyed by title; a title that repeats is told apart by its rank among its namesakes. */
function sectionScores(report: Report): Map<string, { title: string | null; score: number | null }> {
  const out = new Map<string, { title: string | null; score: number | null }>();
  const seen = new Map<string, number>();
  for (const s of report.review.sections) {
    const title = s.title === null ? null : normalizeSentence(s.title);
    const base = title ?? '\u0000root';
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    out.set(`${base}\u0000${rank}`, { title: s.title, score: s.balance.score });
  }
  return out;
}

function sectionDeltas(oldReport: Report, newReport: Report): SectionDelta[] {
  const olds = sectionScores(oldReport);
  const news = sectionScores(newReport);
  const out: SectionDelta[] = [];
  for (const [key, n] of news) {
    const o = olds.get(key);
    out.push({ title: n.title, inOld: o !== undefined, inNew: true, ...delta(o?.score ?? null, n.score) });
  }
  for (const [key, o] of olds) {
    if (!news.has(key)) out.push({ title: o.title, inOld: true, inNew: false, ...delta(o.score, null) });
  }
  return out;
}

function coverageDelta(oldReport: Report, newReport: Report): CoverageDelta {
  const present = (report: Report) =>
    new Set<ClauseId>(report.review.coverage.filter((c) => c.present).map((c) => c.clause));
  const before = present(oldReport);
  const after = present(newReport);
  return {
    gained: newReport.review.coverage.map((c) => c.clause).filter((c) => after.has(c) && !before.has(c)),
    lost: oldReport.review.coverage.map((c) => c.clause).filter((c) => before.has(c) && !after.has(c)),
  };
}
