import { foldText } from '../../tone/fr/fold.js';

/**
 * Folds text for lexical matching: lower case, accents removed, typographic apostrophes and hyphens
 * made ASCII, ligatures spelled out, every kind of space made one plain space. Offsets are not kept:
 * coverage and pillars only ask whether a pattern occurs.
 *
 * @example
 * foldForMatch('Droit à l’image et Œuvres') // → "droit a l'image et oeuvres"
 */
export function foldForMatch(text: string): string {
  let folded = foldText(text);
  // Sentence text is already single-spaced; these tests keep the common case to one pass.
  if (LIGATURES.test(folded)) folded = folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  if (ODD_SPACES.test(folded)) folded = folded.replace(/[\u00a0\u202f\u2007\u2009\s]+/g, ' ').trim();
  return folded;
}

const LIGATURES = /[œæ]/;
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009\t\n\r]| {2}/;

/** Folded text of each sentence object, computed once for coverage and pillars together. */
const FOLDED = new WeakMap<object, string>();

/**
 * `foldForMatch` of a sentence's text, cached on the sentence object.
 *
 * @example
 * foldSentence(report.sentences[0]) // → 'charte d'utilisation des medias sociaux'
 */
export function foldSentence(sentence: { readonly text: string }): string {
  let folded = FOLDED.get(sentence);
  if (folded === undefined) {
    folded = foldForMatch(sentence.text);
    FOLDED.set(sentence, folded);
  }
  return folded;
}

/**
 * Folds a heading for matching and drops its numbering ("3.", "Article 4 –", "II)"), so that heading
 * patterns can be anchored at the start of the title.
 *
 * @example
 * foldHeading('Article 3 – Droit à l’image') // → "droit a l'image"
 */
export function foldHeading(title: string): string {
  return foldForMatch(title)
    .replace(
      // Roman numerals need their separator, so that "Il" or "Vie" stay words.
      /^(?:(?:article|art\.|section|chapitre|chapter|partie|part)\s+)?(?:\d+(?:[.-]\d+)*\s*[.:)\-–—]?|[ivxlc]+\s*[.:)\-–—])\s+/,
      '',
    )
    .replace(/^[-–—:•*#\s]+/, '');
}

/** A case-folded, whole-word pattern that matches any of the given (already folded) phrases. */
export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const cleaned = phrases.map((p) => foldForMatch(p)).filter((p) => p.length >= 2);
  if (cleaned.length === 0) return null;
  const escaped = cleaned.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Longest first, so that "Facebook Live" wins over "Facebook" in the alternation.
  escaped.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[^a-z0-9])(?:${escaped.join('|')})(?![a-z0-9])`);
}
