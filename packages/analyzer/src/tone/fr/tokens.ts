/**
 * Tokenizer for folded French text: words (with elided forms such as "n'", "qu'" kept as their own
 * token), clitic pronouns attached by a hyphen ("adressez-vous" → "adressez", "vous"), and punctuation.
 * Offsets are those of the original text, since folding keeps lengths.
 */

/** One token: `w` is the folded form; `s`/`e` are 0-based offsets, `e` exclusive. */
export interface Token {
  w: string;
  s: number;
  e: number;
  /** Punctuation (`, ; : ? ! . … ( ) « » " —`), as opposed to a word. */
  punct: boolean;
  /** A pronoun attached to the previous word by a hyphen, as in imperatives and inversions. */
  hy: boolean;
}

/** Words that elide before a vowel: "l'", "n'", "qu'", "jusqu'"… */
const ELIDING = new Set([
  'l',
  'd',
  'n',
  's',
  'c',
  'j',
  'm',
  't',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);

/** Pronouns that attach to a verb by a hyphen ("faites-nous", "doit-il"). */
const HYPHEN_CLITICS = new Set([
  'vous',
  'nous',
  'les',
  'le',
  'la',
  'lui',
  'leur',
  'moi',
  'toi',
  'y',
  'en',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'ce',
  't',
]);

/** Punctuation kept as tokens; "–" (en dash) and "—" both become "—". */
const PUNCT_CHARS = ',;:?!.…()«»"—–[]/';
const PUNCT = new Map<number, string>();
for (const ch of PUNCT_CHARS) PUNCT.set(ch.charCodeAt(0), ch === '–' ? '—' : ch);

/** 1 for word characters among the first 0x3000 codes. */
const WORD = (() => {
  const t = new Uint8Array(0x3000);
  for (let c = 0; c < t.length; c++) t[c] = slowIsWordChar(c) ? 1 : 0;
  return t;
})();

function isWordChar(c: number): boolean {
  return c < 0x3000 ? WORD[c] === 1 : slowIsWordChar(c);
}

function slowIsWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false; // × ÷
  if (c >= 0x2000 && c <= 0x2bff) return false; // spaces, punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji)
  return true;
}

/** End (exclusive) of the run of word characters starting at `i`. */
function wordEnd(f: string, i: number): number {
  while (i < f.length && isWordChar(f.charCodeAt(i))) i++;
  return i;
}

/**
 * Splits folded text into tokens.
 *
 * @example
 * tokenize("n'hesitez pas").map((t) => t.w) // → ["n'", 'hesitez', 'pas']
 */
export function tokenize(f: string): Token[] {
  const out: Token[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      const p = PUNCT.get(c);
      if (p !== undefined) out.push({ w: p, s: i, e: i + 1, punct: true, hy: false });
      else if (
        c === 45 &&
        (i + 1 >= n || f.charCodeAt(i + 1) === 32) &&
        (i === 0 || f.charCodeAt(i - 1) === 32)
      ) {
        out.push({ w: '—', s: i, e: i + 1, punct: true, hy: false });
      }
      i++;
      continue;
    }
    const start = i;
    let end = wordEnd(f, i);
    // Elision: "n'est" → "n'" + "est"; other inner apostrophes stay ("aujourd'hui").
    const elides =
      end - start <= 7 && end < n && f.charCodeAt(end) === 39 && ELIDING.has(f.slice(start, end));
    while (
      !elides &&
      end < n &&
      f.charCodeAt(end) === 39 &&
      end + 1 < n &&
      isWordChar(f.charCodeAt(end + 1))
    ) {
      end = wordEnd(f, end + 1);
    }
    if (elides) {
      out.push({ w: f.slice(start, end + 1), s: start, e: end + 1, punct: false, hy: false });
      i = end + 1;
      continue;
    }
    // Hyphens: split off attached pronouns, keep compounds ("peut-etre", "non-respect", "ci-dessous").
    if (end >= n || f.charCodeAt(end) !== 45) {
      out.push({ w: f.slice(start, end), s: start, e: end, punct: false, hy: false });
      i = end;
      continue;
    }
    const clitics: Token[] = [];
    let wordStop = end;
    let j = end;
    while (j < n && f.charCodeAt(j) === 45 && j + 1 < n && isWordChar(f.charCodeAt(j + 1))) {
      const segEnd = wordEnd(f, j + 1);
      const seg = f.slice(j + 1, segEnd);
      const endsHere = segEnd >= n || f[segEnd] !== '-' || !isWordChar(f.charCodeAt(segEnd + 1) || 0);
      if (HYPHEN_CLITICS.has(seg) && (endsHere || f[segEnd] === '-')) {
        if (seg !== 't') clitics.push({ w: seg, s: j + 1, e: segEnd, punct: false, hy: true });
      } else if (clitics.length === 0) {
        wordStop = segEnd;
      } else break;
      j = segEnd;
    }
    out.push({ w: f.slice(start, wordStop), s: start, e: wordStop, punct: false, hy: false });
    for (const t of clitics) out.push(t);
    i = Math.max(j, wordStop);
  }
  return out;
}
