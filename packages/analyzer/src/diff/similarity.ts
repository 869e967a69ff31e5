/**
 * Words of a sentence for comparison: lower-cased runs of letters and digits.
 *
 * @example
 * wordsOf('Ne publiez pas : merci.') // → ['ne', 'publiez', 'pas', 'merci']
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Dice coefficient of two word multisets, in [0, 1]: 1 for the same words, 0 for none in common.
 *
 * @example
 * wordSimilarity('Do not post photos.', 'Do not post any photos.') // → 0.888…
 */
export function wordSimilarity(a: string, b: string): number {
  return diceOfWords(wordsOf(a), wordsOf(b));
}

/**
 * `wordSimilarity` on words already split (so a long diff splits each sentence once).
 *
 * @example
 * diceOfWords(['do', 'not', 'post'], ['do', 'post']) // → 0.8
 */
export function diceOfWords(left: readonly string[], right: readonly string[]): number {
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/**
 * The text sentences are aligned on: Unicode NFC, whitespace collapsed, trimmed. Case and
 * punctuation stay, since a reviewer wants to see a sentence that stops shouting.
 *
 * @example
 * normalizeSentence('  Merci\u00a0 beaucoup ') // → 'Merci beaucoup'
 */
export function normalizeSentence(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
