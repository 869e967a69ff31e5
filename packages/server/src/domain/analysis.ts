/**
 * The analyzer, as the server uses it: a stored document keeps its whole Report (JSON) and the
 * numbers lists need (score, balance, clauses present); /api/analyze answers a lighter summary.
 */
import { analyze, type Lang, type Report } from '@charte/analyzer';

export interface StoredAnalysis {
  report: string;
  score: number;
  balance: number | null;
  coveragePresent: number;
}

export function analyzeForStorage(source: string, lang: Lang): StoredAnalysis {
  const report = analyze(source, { lang });
  return {
    report: JSON.stringify(report),
    score: report.review.scores.overall,
    balance: report.balance.score,
    coveragePresent: report.review.coverage.filter((c) => c.present).length,
  };
}

export interface AnalysisSummary {
  lang: Lang;
  balance: number | null;
  counts: Record<string, number>;
  score: number;
  coverage: { clause: string; present: boolean }[];
  diagnostics: Report['diagnostics'];
  sentences: { start: number; end: number; label: string }[];
}

export function analysisSummary(source: string, lang?: Lang): AnalysisSummary {
  const report = analyze(source, lang ? { lang } : {});
  return {
    lang: report.document.lang,
    balance: report.balance.score,
    counts: report.counts,
    score: report.review.scores.overall,
    coverage: report.review.coverage.map((c) => ({ clause: c.clause, present: c.present })),
    diagnostics: report.diagnostics,
    sentences: report.sentences.map((s) => ({
      start: s.start.offset,
      end: s.end.offset,
      label: s.tone.label,
    })),
  };
}
