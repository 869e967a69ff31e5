/**
 * What the analysis worker receives and sends back. The worker trims the analyzer's `Report` to what
 * the editor shows (structured cloning the whole document model on every keystroke pause would cost
 * more than the analysis itself), with offsets already in editor positions.
 */
import type { ClauseId, Lang, ScorePartId, ToneLabel } from '../constants.js';

/** A request, tagged with the editor's document version so that a late answer can be recognized. */
export interface AnalysisRequest {
  version: number;
  source: string;
  lang: Lang;
}

export type AnalysisResponse =
  | { version: number; analysis: EditorAnalysis }
  | { version: number; error: string };

/** A replacement of [from, to) by `insert`, in the positions of the analyzed text. */
export interface EditorEdit {
  from: number;
  to: number;
  insert: string;
}

export interface EditorSuggestion {
  title: string;
  edits: EditorEdit[];
  safe: boolean;
}

export type EditorSeverity = 'error' | 'warning' | 'info';

export interface EditorDiagnostic {
  from: number;
  to: number;
  severity: EditorSeverity;
  message: string;
  ruleId: string;
  url: string | null;
  suggestions: EditorSuggestion[];
}

export interface EditorSentence {
  from: number;
  to: number;
  label: ToneLabel;
  /** Why this label, in the sentence's language. */
  explanation: string;
}

export interface EditorCoverage {
  clause: ClauseId;
  present: boolean;
  /** The sentence that best satisfies the clause, when present. */
  sentence: { from: number; to: number } | null;
  /** The analyzer's own template paragraph, placed where the clause belongs, when missing. */
  addition: EditorSuggestion | null;
}

export interface EditorBalance {
  enabling: number;
  restrictive: number;
  guidance: number;
  neutral: number;
  score: number | null;
}

export interface EditorScorePart {
  id: ScorePartId;
  weight: number;
  score: number;
  /** In the document's language. */
  detail: string;
}

export interface EditorAnalysis {
  lang: Lang;
  sentences: EditorSentence[];
  diagnostics: EditorDiagnostic[];
  balance: EditorBalance;
  counts: Record<ToneLabel, number>;
  coverage: EditorCoverage[];
  scores: { overall: number; parts: EditorScorePart[] };
}
