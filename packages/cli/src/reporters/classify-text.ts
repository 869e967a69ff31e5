import { TONE_LABELS } from '@charte/analyzer';
import type { Translator } from '../i18n/index.js';
import type { ClassifiedLine } from './classify-jsonl.js';
import type { Colors } from './colors.js';
import { labelName, paintByVoice } from './labels.js';

export interface TextContext {
  t: Translator;
  colors: Colors;
}

/**
 * Two aligned lines per sentence, for people: the label, the confidence, the language and the
 * sentence with its cue marked (underlined on a terminal, in [brackets] elsewhere); then the
 * explanation under the sentence.
 *
 * @example
 * formatClassifyText(line, ctx)
 * // → 'prohibition     0.90  en  [Do not] lie.\n                          Negated imperative: forbids the action.\n'
 */
export function formatClassifyText(line: ClassifiedLine, ctx: TextContext): string {
  const { t, colors } = ctx;
  const { tone } = line;
  const width = labelWidth(t);
  const label = paintByVoice(colors, tone.label, labelName(t, tone.label).padEnd(width));
  const confidence = tone.confidence.toFixed(2);
  const head = `${label}  ${confidence}  ${line.lang}  `;
  const indent = ' '.repeat(width + 2 + confidence.length + 2 + line.lang.length + 2);
  return `${head}${markCue(line, colors)}\n${indent}${colors.dim(tone.explanation)}\n`;
}

/** The sentence with its cue highlighted, or as is when there is no cue. */
function markCue(line: ClassifiedLine, colors: Colors): string {
  const { cue } = line.tone;
  if (!cue) return line.text;
  const before = line.text.slice(0, cue.start);
  const inside = line.text.slice(cue.start, cue.end);
  const after = line.text.slice(cue.end);
  const marked = colors.isColorSupported ? colors.bold(colors.underline(inside)) : `[${inside}]`;
  return `${before}${marked}${after}`;
}

const widths = new Map<string, number>();

/** The widest label name in the UI language, so every line's sentence starts in the same column. */
function labelWidth(t: Translator): number {
  let width = widths.get(t.lang);
  if (width === undefined) {
    width = Math.max(...TONE_LABELS.map((label) => labelName(t, label).length));
    widths.set(t.lang, width);
  }
  return width;
}
