import { parseDocument, sourceOffset } from './document/index.js';
import { message } from './messages.js';
import { balanceOf, countLabels } from './report/balance.js';
import { pointFrom } from './report/positions.js';
import { presetConfig } from './review/presets.js';
import { reviewDocument } from './review/review.js';
import { RULES } from './review/rules/index.js';
import type { ResolvedConfig } from './review/types.js';
import { classifySentence } from './tone/index.js';
import type {
  AnalyzedSentence,
  AnalyzeOptions,
  CharterDocument,
  Diagnostic,
  LabeledDocument,
  ParseOptions,
  Point,
  Report,
  Sentence,
  ToneResult,
} from './types.js';

/** Built once: the configuration when none is given. */
let recommended: ResolvedConfig | null = null;

/**
 * Parses a charter, labels every sentence and reviews it: source → document → sentences → tone →
 * review → report. Never throws; parse problems and review findings are in `report.diagnostics`.
 *
 * @example
 * const report = analyze('# Photos\n\nNe publiez pas de photo d’élève sans consentement.', { lang: 'fr' });
 * report.sentences[1].tone.label // → 'prohibition'
 * report.balance.score           // → 0
 * report.review.scores.overall   // → 0–100
 */
export function analyze(source: string, options: AnalyzeOptions = {}): Report {
  const labeled = labelDocument(source, options);
  recommended ??= presetConfig('recommended', RULES);
  const config = options?.config ?? recommended;
  const { review, diagnostics } = reviewDocument(labeled, config);
  return {
    ...labeled,
    review,
    diagnostics: sortDiagnostics([...labeled.document.diagnostics, ...diagnostics]),
  };
}

/**
 * The first half of `analyze`: parses a charter and labels every sentence, without the review.
 * What `charte classify`-like tools and the editor's live tinting need.
 *
 * @example
 * labelDocument('Vous pouvez créer un compte de classe.', { lang: 'fr' }).counts.permission // → 1
 */
export function labelDocument(source: string, options: ParseOptions = {}): LabeledDocument {
  const document = parseDocument(source, options);
  const sentences = document.sentences.map((sentence) => analyzeSentence(document, sentence));
  const counts = countLabels(sentences.map((s) => s.tone.label));
  return { document, sentences, counts, balance: balanceOf(counts) };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.start.offset - b.start.offset ||
      a.end.offset - b.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

function analyzeSentence(document: CharterDocument, sentence: Sentence): AnalyzedSentence {
  // Headings name a part of the charter; whatever verb they hold, they rule nothing (taxonomy rule 7).
  const tone: ToneResult =
    document.blocks[sentence.block]?.kind === 'heading'
      ? { label: 'informative', confidence: 0.95, cue: null, explanation: message(sentence.lang, 'heading') }
      : classifySentence(sentence.text, sentence.lang);
  let cueStart: Point | null = null;
  let cueEnd: Point | null = null;
  if (tone.cue) {
    const startOffset = sourceOffset(sentence, tone.cue.start);
    const endOffset = Math.max(startOffset, sourceOffset(sentence, tone.cue.end, 'end'));
    cueStart = pointFrom(document.source, sentence.start, startOffset);
    cueEnd = pointFrom(document.source, cueStart, endOffset);
  }
  // Fields listed one by one rather than spread: every analyzed sentence then shares one object shape.
  return {
    index: sentence.index,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    runs: sentence.runs,
    lang: sentence.lang,
    block: sentence.block,
    section: sentence.section,
    tone,
    cueStart,
    cueEnd,
  };
}
