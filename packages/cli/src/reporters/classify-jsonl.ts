import type { Lang, ToneResult } from '@charte/analyzer';

/** One classified line. */
export interface ClassifiedLine {
  text: string;
  lang: Lang;
  tone: ToneResult;
}

/**
 * One JSON Lines record: `{"text","lang","label","confidence","cue":{"start","end","text"},"explanation"}`,
 * `cue` null when no words decided the label. Offsets are 0-based UTF-16 indexes into `text`, end exclusive.
 *
 * @example
 * formatClassifyJsonl({ text: 'Do not lie.', lang: 'en', tone })
 * // → '{"text":"Do not lie.","lang":"en","label":"prohibition","confidence":0.9,"cue":{"start":0,"end":6,"text":"Do not"},"explanation":"…"}\n'
 */
export function formatClassifyJsonl(line: ClassifiedLine): string {
  const { tone } = line;
  const record = {
    text: line.text,
    lang: line.lang,
    label: tone.label,
    confidence: tone.confidence,
    cue: tone.cue ? { start: tone.cue.start, end: tone.cue.end, text: tone.cue.text } : null,
    explanation: tone.explanation,
  };
  return `${JSON.stringify(record)}\n`;
}
