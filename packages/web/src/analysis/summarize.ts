/**
 * Report → EditorAnalysis: the part of the analyzer's report the editor shows. Runs in the worker.
 * Offsets stay as the analyzer gives them (UTF-16 code units), which are CodeMirror's positions too,
 * provided the analyzed text is the editor's `doc.toString()` (line breaks normalized to "\n").
 */
import type { Diagnostic, Report, Suggestion } from '@charte/analyzer';
import type { EditorAnalysis, EditorDiagnostic, EditorSuggestion } from './protocol.js';

function suggestion(s: Suggestion): EditorSuggestion {
  return {
    title: s.title,
    edits: s.edits.map((e) => ({ from: e.start, to: e.end, insert: e.text })),
    safe: s.safe === true,
  };
}

function diagnostic(d: Diagnostic): EditorDiagnostic {
  return {
    from: d.start.offset,
    to: d.end.offset,
    severity: d.severity,
    message: d.message,
    ruleId: d.ruleId,
    url: d.url ?? null,
    suggestions: (d.suggestions ?? []).map(suggestion),
  };
}

export function summarize(report: Report): EditorAnalysis {
  const diagnostics = report.diagnostics.map(diagnostic);
  const byRule = new Map<string, EditorDiagnostic>();
  for (const d of diagnostics) if (!byRule.has(d.ruleId)) byRule.set(d.ruleId, d);
  return {
    lang: report.document.lang,
    sentences: report.sentences.map((s) => ({
      from: s.start.offset,
      to: s.end.offset,
      label: s.tone.label,
      explanation: s.tone.explanation,
    })),
    diagnostics,
    balance: { ...report.balance },
    counts: { ...report.counts },
    coverage: report.review.coverage.map((c) => {
      const first = c.present ? report.sentences[c.sentences[0]] : undefined;
      return {
        clause: c.clause,
        present: c.present,
        sentence: first ? { from: first.start.offset, to: first.end.offset } : null,
        // The `coverage/<clause>` rule carries the template, placed in the section serving the clause.
        addition: c.present ? null : (byRule.get(`coverage/${c.clause}`)?.suggestions[0] ?? null),
      };
    }),
    scores: {
      overall: report.review.scores.overall,
      parts: report.review.scores.parts.map((p) => ({ ...p })),
    },
  };
}
