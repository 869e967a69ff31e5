import type { Lang, ToneLabel, ToneResult, Voice } from '../types.js';
import { classifyEnglish } from './en/index.js';
import { classifyFrench } from './fr/index.js';

/**
 * Labels one sentence with the tone taxonomy.
 *
 * @example
 * classifySentence('Il est interdit de publier des photos sans consentement.', 'fr').label
 * // → 'prohibition'
 */
export function classifySentence(text: string, lang: Lang): ToneResult {
  return lang === 'fr' ? classifyFrench(text) : classifyEnglish(text);
}

const VOICES: Record<ToneLabel, Voice> = {
  prohibition: 'restrictive',
  obligation: 'restrictive',
  sanction: 'restrictive',
  permission: 'enabling',
  encouragement: 'enabling',
  commitment: 'enabling',
  recommendation: 'guidance',
  informative: 'neutral',
};

/** Where a label sits in the balance. */
export function voiceOf(label: ToneLabel): Voice {
  return VOICES[label];
}
