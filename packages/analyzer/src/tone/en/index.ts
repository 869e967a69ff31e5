import type { ToneResult } from '../../types.js';

/** English tone grammar (placeholder until the grammar lands). */
export function classifyEnglish(text: string): ToneResult {
  return {
    label: 'informative',
    confidence: 0.5,
    cue: null,
    explanation: `No force found (${text.length} chars).`,
  };
}
