import { type ToneLabel, type Voice, voiceOf } from '@charte/analyzer';
import type { Translator } from '../i18n/index.js';
import type { Colors } from './colors.js';

/**
 * A label's name in the UI language (JSON output keeps the stable identifier instead).
 *
 * @example
 * labelName(createTranslator('fr'), 'commitment') // → 'engagement'
 */
export function labelName(t: Translator, label: ToneLabel): string {
  return t.t(`label.${label}`);
}

/**
 * Colors text by the voice of a label: restrictive red, enabling green, guidance yellow, neutral dim.
 *
 * @example
 * paintByVoice(colors, 'prohibition', 'prohibition') // → '\x1b[31mprohibition\x1b[39m' on a terminal
 */
export function paintByVoice(colors: Colors, label: ToneLabel, text: string): string {
  return VOICE_PAINT[voiceOf(label)](colors)(text);
}

const VOICE_PAINT: Record<Voice, (c: Colors) => (text: string) => string> = {
  restrictive: (c) => c.red,
  enabling: (c) => c.green,
  guidance: (c) => c.yellow,
  neutral: (c) => c.dim,
};
