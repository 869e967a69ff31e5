import type { Translator } from './i18n/index.js';

/** The path that stands for standard input, on the command line and in results. */
export const STDIN_PATH = '-';

/**
 * A path as shown to people: standard input gets its localized name.
 *
 * @example
 * displayPath(createTranslator('en'), '-') // → '<stdin>'
 */
export function displayPath(t: Translator, path: string): string {
  return path === STDIN_PATH ? t.t('input.stdinName') : path;
}
