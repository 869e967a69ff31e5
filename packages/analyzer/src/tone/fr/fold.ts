/**
 * Length-preserving folding of French text for matching: lower case, accents removed, typographic
 * apostrophes and hyphens made ASCII. Offsets in the folded string are offsets in the original, so a
 * cue found on folded text slices the original text exactly.
 */

const FOLD: Readonly<Record<string, string>> = {
  à: 'a',
  â: 'a',
  ä: 'a',
  á: 'a',
  ã: 'a',
  å: 'a',
  ç: 'c',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u2010': '-',
  '\u2011': '-',
};
/** Folded lower-case char code for each code below 0x2100. */
const TABLE = (() => {
  const t = new Uint16Array(0x2100);
  for (let i = 0; i < t.length; i++) {
    const lower = String.fromCharCode(i).toLowerCase();
    t[i] = lower.length === 1 ? lower.charCodeAt(0) : i;
  }
  for (const [from, to] of Object.entries(FOLD)) {
    const code = from.charCodeAt(0);
    const upper = from.toUpperCase().charCodeAt(0);
    t[code] = to.charCodeAt(0);
    if (upper < t.length && from.toUpperCase().length === 1) t[upper] = to.charCodeAt(0);
  }
  return t;
})();

/** Folds one char beyond the table: lower case when that keeps the length. */
function foldWide(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * Folds French text for matching; the result always has the same length as the input.
 *
 * @example
 * foldText('N’Hésitez PAS') // → "n'hesitez pas"
 */
export function foldText(text: string): string {
  // Copy runs of unchanged characters, replace the few that fold (capitals, accents, apostrophes).
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    const f = code < 0x2100 ? TABLE[code] : code >= 0xd800 && code < 0xe000 ? code : foldWide(code);
    if (f !== code) {
      out += text.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
