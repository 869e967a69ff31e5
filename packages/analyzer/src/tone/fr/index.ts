import type { ToneResult } from '../../types.js';

/** French tone grammar (placeholder until the grammar lands). */
export function classifyFrench(text: string): ToneResult {
  return {
    label: 'informative',
    confidence: 0.5,
    cue: null,
    explanation: `Aucune force relevée (${text.length} car.).`,
  };
}
