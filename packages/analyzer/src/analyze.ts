import { parseDocument, sourceOffset } from './document/index.js';
import { message } from './messages.js';
import { balanceOf, countLabels } from './report/balance.js';
import { pointFrom } from './report/positions.js';
import { classifySentence } from './tone/index.js';
import type {
  AnalyzedSentence,
  AnalyzeOptions,
  CharterDocument,
  Point,
  Report,
  Sentence,
  ToneResult,
} from './types.js';

/**
 * Parses a charter and labels every sentence: source → document → sentences → tone → report.
 * Never throws; problems met while parsing are in `report.diagnostics`.
 *
 * @example
 * const report = analyze('# Photos\n\nNe publiez pas de photo d’élève sans consentement.', { lang: 'fr' });
 * report.sentences[1].tone.label // → 'prohibition'
 * report.balance.score           // → 0
 */
export function analyze(source: string, options: AnalyzeOptions = {}): Report {
  const document = parseDocument(source, options);
  const sentences = document.sentences.map((sentence) => analyzeSentence(document, sentence));
  const counts = countLabels(sentences.map((s) => s.tone.label));
  return { document, sentences, counts, balance: balanceOf(counts), diagnostics: [...document.diagnostics] };
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
