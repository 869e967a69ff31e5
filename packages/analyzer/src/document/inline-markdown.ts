import { isAsciiAlnum, isAsciiAlpha, isAsciiPunctuation, isPunctuationChar, isSpaceCode } from './chars.js';
import { decodeEntityAt } from './entities.js';
import { ForwardFinder, htmlTagEnd, isBreakTag } from './html-tags.js';
import type { TextBuilder } from './text-builder.js';

/** Tells whether a link label (as written) names a reference definition of the document. */
export type ReferenceLookup = (label: string) => boolean;

// Event kinds. The scan records events first because a `[` only turns out to be markup when its
// `]` is followed by a link destination, and an emphasis marker only when it has a partner.
const TEXT = 0;
const SPACE = 1;
const DECODED = 2;
const MARKUP = 3;
const DELIMITER = 4;
const OPEN_BRACKET = 5;
const BANG = 6;
const BREAK = 7;

/** ASCII characters the scan must look at; everything else is plain text. */
const SPECIAL = new Uint8Array(0x80);
for (const ch of '\n\\`&<*_~![]') SPECIAL[ch.charCodeAt(0)] = 1;

const CAN_OPEN = 1;
const CAN_CLOSE = 2;

/** Link labels longer than this are not labels (CommonMark's limit); it keeps the scan linear. */
const MAX_LABEL = 999;
/** Link destinations and titles are read within this window. */
const MAX_LINK_TAIL = 2048;

const EMAIL_AUTOLINK =
  /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>/y;

/** Scan events in parallel arrays; one instance is reused (scans never overlap: no recursion). */
class Events {
  readonly kind: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly flag: number[] = [];
  readonly decoded: string[] = [];
  /** Events in use; the arrays keep their capacity between scans. */
  length = 0;
  decodedLength = 0;

  reset(): this {
    this.length = 0;
    this.decodedLength = 0;
    return this;
  }

  push(kind: number, start: number, end: number, flag = 0): number {
    const at = this.length++;
    this.kind[at] = kind;
    this.start[at] = start;
    this.end[at] = end;
    this.flag[at] = flag;
    return at;
  }

  /** Keeps a decoded entity's text and returns its index. */
  keep(text: string): number {
    this.decoded[this.decodedLength] = text;
    return this.decodedLength++;
  }
}

const sharedEvents = new Events();

/** The inline content of a block: its line segments joined by `\n`, with a map back to the source. */
class LogicalText {
  readonly text: string;
  /** Source offset of the text's start when it is a single segment, else -1. */
  private readonly base: number;
  private readonly logicalStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private cursor = 0;

  constructor(source: string, segments: readonly number[]) {
    if (segments.length === 2) {
      this.base = segments[0];
      this.text = source.slice(segments[0], segments[1]);
      return;
    }
    this.base = -1;
    const parts: string[] = [];
    let at = 0;
    for (let k = 0; k + 1 < segments.length; k += 2) {
      const part = source.slice(segments[k], segments[k + 1]);
      this.logicalStarts.push(at);
      this.sourceStarts.push(segments[k]);
      parts.push(part);
      at += part.length + 1;
    }
    this.text = parts.join('\n');
  }

  /** Source offset of logical offset `p` (the joining `\n` maps to its line's end). */
  toSource(p: number): number {
    if (this.base >= 0) return this.base + p;
    const starts = this.logicalStarts;
    let k = this.cursor;
    if (starts[k] > p) k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= p) k++;
    this.cursor = k;
    return this.sourceStarts[k] + (p - starts[k]);
  }
}

/** Positions of backtick runs by length, to find a code span's closer in linear total time. */
class BacktickRuns {
  private readonly byLength = new Map<number, { at: number[]; next: number }>();

  constructor(s: string) {
    let i = s.indexOf('`');
    while (i >= 0) {
      let j = i;
      while (s.charCodeAt(j) === 0x60) j++;
      const length = j - i;
      let runs = this.byLength.get(length);
      if (!runs) {
        runs = { at: [], next: 0 };
        this.byLength.set(length, runs);
      }
      runs.at.push(i);
      i = s.indexOf('`', j);
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
  closer(length: number, from: number): number {
    const runs = this.byLength.get(length);
    if (!runs) return -1;
    while (runs.next < runs.at.length && runs.at[runs.next] < from) runs.next++;
    return runs.next < runs.at.length ? runs.at[runs.next] : -1;
  }
}

function autolinkEnd(s: string, i: number): number {
  const j = i + 1;
  if (isAsciiAlpha(s.charCodeAt(j))) {
    let k = j + 1;
    while (k - j < 32) {
      const c = s.charCodeAt(k);
      if (!(isAsciiAlnum(c) || c === 0x2b || c === 0x2e || c === 0x2d)) break;
      k++;
    }
    if (k - j >= 2 && s.charCodeAt(k) === 0x3a) {
      let m = k + 1;
      while (m < s.length) {
        const c = s.charCodeAt(m);
        if (c <= 0x20 || c === 0x3c || c === 0x3e) break;
        m++;
      }
      if (s.charCodeAt(m) === 0x3e) return m + 1;
    }
  }
  EMAIL_AUTOLINK.lastIndex = j;
  return EMAIL_AUTOLINK.test(s) ? EMAIL_AUTOLINK.lastIndex : -1;
}

function skipLinkSpaces(s: string, i: number, limit: number): number {
  while (i < limit) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** End of an inline link's `(destination "title")` that starts at `open`, or -1. */
function linkTailEnd(s: string, open: number): number {
  const limit = Math.min(s.length, open + MAX_LINK_TAIL);
  let i = skipLinkSpaces(s, open + 1, limit);
  if (i >= limit) return -1;
  if (s.charCodeAt(i) === 0x29) return i + 1;
  if (s.charCodeAt(i) === 0x3c) {
    i++;
    for (;;) {
      if (i >= limit) return -1;
      const c = s.charCodeAt(i);
      if (c === 0x3e) break;
      if (c === 0x0a || c === 0x0d || c === 0x3c) return -1;
      i += c === 0x5c ? 2 : 1;
    }
    i++;
  } else {
    const start = i;
    let depth = 0;
    while (i < limit) {
      const c = s.charCodeAt(i);
      if (c <= 0x20 || c === 0x7f) break;
      if (c === 0x5c && isAsciiPunctuation(s.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      if (c === 0x28) {
        if (++depth > 32) return -1;
      } else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (i === start || depth !== 0) return -1;
  }
  const beforeTitle = i;
  i = skipLinkSpaces(s, i, limit);
  const quote = s.charCodeAt(i);
  if (i > beforeTitle && (quote === 0x22 || quote === 0x27 || quote === 0x28)) {
    const close = quote === 0x28 ? 0x29 : quote;
    let k = i + 1;
    for (;;) {
      if (k >= limit) return -1;
      const c = s.charCodeAt(k);
      if (c === 0x5c) {
        k += 2;
        continue;
      }
      if (c === close) break;
      if (quote === 0x28 && c === 0x28) return -1;
      k++;
    }
    i = skipLinkSpaces(s, k + 1, limit);
  }
  return s.charCodeAt(i) === 0x29 ? i + 1 : -1;
}

/** End of a `[label]` that starts at `open`, or -1. */
function labelEnd(s: string, open: number): number {
  const limit = Math.min(s.length, open + MAX_LABEL + 2);
  for (let i = open + 1; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) return -1;
    else if (c === 0x5d) return i + 1;
  }
  return -1;
}

function flankingFlags(s: string, start: number, end: number, marker: number): number {
  const before = start > 0 ? s[start - 1] : ' ';
  const after = end < s.length ? s[end] : ' ';
  const beforeSpace = isSpaceCode(before.charCodeAt(0));
  const afterSpace = isSpaceCode(after.charCodeAt(0));
  const beforePunct = isPunctuationChar(before);
  const afterPunct = isPunctuationChar(after);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  if (marker === 0x5f) {
    // `_` does not emphasize inside a word (snake_case stays as written).
    const open = left && (!right || beforePunct);
    const close = right && (!left || afterPunct);
    return (open ? CAN_OPEN : 0) | (close ? CAN_CLOSE : 0);
  }
  return (left ? CAN_OPEN : 0) | (right ? CAN_CLOSE : 0);
}

/**
 * Scans the inline Markdown of a block (its line segments: [start, end) pairs in `source`) and
 * appends its plain text to `builder`: emphasis and strikethrough markers, link and image syntax,
 * autolink brackets, inline HTML tags and backslashes are removed; code spans keep their content;
 * entities are decoded; `<br>` and hard line ends are line breaks, soft line ends are spaces.
 *
 * @example
 * const src = 'Voir **[la charte](https://x.org)** d&rsquo;abord.';
 * const b = new TextBuilder(src);
 * scanMarkdownInline(src, [0, src.length], b, null);
 * b.finish().text; // 'Voir la charte d’abord.'
 */
export function scanMarkdownInline(
  source: string,
  segments: readonly number[],
  builder: TextBuilder,
  isReference: ReferenceLookup | null,
): void {
  if (segments.length < 2) return;
  const logical = new LogicalText(source, segments);
  const s = logical.text;
  const n = s.length;
  const events = sharedEvents.reset();
  const brackets: number[] = [];
  let backticks: BacktickRuns | null = null;
  let finder: ForwardFinder | null = null;
  // Text since the last event; whitespace in it is collapsed by the builder.
  let textStart = 0;
  let hardBreak = false;
  let delimiters = 0;

  const flush = (at: number): void => {
    if (at > textStart) events.push(TEXT, textStart, at);
  };
  /** Code span content: verbatim, split only at the line ends that join segments. */
  const literal = (from: number, to: number): void => {
    let at = from;
    for (let nl = s.indexOf('\n', at); nl >= 0 && nl < to; nl = s.indexOf('\n', at)) {
      if (nl > at) events.push(TEXT, at, nl);
      events.push(SPACE, nl, nl + 1);
      at = nl + 1;
    }
    if (to > at) events.push(TEXT, at, to);
  };

  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || SPECIAL[c] === 0) {
      i++;
      continue;
    }
    if (c === 0x0a) {
      // A line end joins two segments; it is a line break only when hard (two spaces, backslash).
      flush(i);
      const isBreak = hardBreak || endsWithTwoSpaces(s, i);
      hardBreak = false;
      events.push(SPACE, i, i + 1, isBreak ? 1 : 0);
      textStart = ++i;
      continue;
    }
    if (c === 0x5c) {
      const next = s.charCodeAt(i + 1);
      if (isAsciiPunctuation(next)) {
        flush(i);
        events.push(MARKUP, i, i + 1);
        textStart = i + 1;
        i += 2;
        continue;
      }
      if (next === 0x0a || next === 0x0d) {
        flush(i);
        events.push(MARKUP, i, i + 1);
        hardBreak = true;
        textStart = ++i;
        continue;
      }
    } else if (c === 0x60) {
      let j = i;
      while (s.charCodeAt(j) === 0x60) j++;
      backticks ??= new BacktickRuns(s);
      const close = backticks.closer(j - i, j);
      if (close >= 0) {
        flush(i);
        events.push(MARKUP, i, j);
        literal(j, close);
        events.push(MARKUP, close, close + (j - i));
        i = close + (j - i);
        textStart = i;
      } else i = j;
      continue;
    } else if (c === 0x26) {
      const entity = decodeEntityAt(s, i, true);
      if (entity) {
        flush(i);
        events.push(DECODED, i, i + entity.length, events.keep(entity.text));
        i += entity.length;
        textStart = i;
        continue;
      }
    } else if (c === 0x3c) {
      const auto = autolinkEnd(s, i);
      if (auto >= 0) {
        flush(i);
        events.push(MARKUP, i, i + 1);
        events.push(TEXT, i + 1, auto - 1);
        events.push(MARKUP, auto - 1, auto);
        i = auto;
        textStart = i;
        continue;
      }
      finder ??= new ForwardFinder(s);
      const end = htmlTagEnd(s, i, finder);
      if (end >= 0) {
        flush(i);
        events.push(isBreakTag(s, i, end) ? BREAK : MARKUP, i, end);
        i = end;
        textStart = i;
        continue;
      }
    } else if (c === 0x2a || c === 0x5f || c === 0x7e) {
      let j = i;
      while (s.charCodeAt(j) === c) j++;
      const flags = c === 0x7e && j - i < 2 ? 0 : flankingFlags(s, i, j, c);
      if (flags !== 0) {
        flush(i);
        events.push(DELIMITER, i, j, flags | (c << 2));
        delimiters++;
        textStart = j;
      }
      i = j;
      continue;
    } else if (c === 0x21) {
      if (s.charCodeAt(i + 1) === 0x5b) {
        flush(i);
        const bang = events.push(BANG, i, i + 1);
        brackets.push(events.push(OPEN_BRACKET, i + 1, i + 2, bang + 1));
        i += 2;
        textStart = i;
        continue;
      }
    } else if (c === 0x5b) {
      flush(i);
      brackets.push(events.push(OPEN_BRACKET, i, i + 1));
      textStart = ++i;
      continue;
    } else if (c === 0x5d && brackets.length > 0) {
      flush(i);
      const open = brackets.pop() as number;
      const tail = linkTail(s, i, events.end[open], isReference);
      if (tail >= 0) {
        events.kind[open] = MARKUP;
        const bang = events.flag[open];
        if (bang > 0) events.kind[bang - 1] = MARKUP;
        // No links inside links: outer brackets stay text.
        else brackets.length = 0;
        events.push(MARKUP, i, tail);
        i = tail;
      } else {
        events.push(TEXT, i, i + 1);
        i++;
      }
      textStart = i;
      continue;
    }
    i++;
  }
  flush(n);
  if (delimiters > 0) resolveDelimiters(events);
  replay(events, logical, builder);
}

/** Whether two spaces end the line that ends at `newline` (a hard line break). */
function endsWithTwoSpaces(s: string, newline: number): boolean {
  let k = newline - 1;
  if (s.charCodeAt(k) === 0x0d) k--;
  return s.charCodeAt(k) === 0x20 && s.charCodeAt(k - 1) === 0x20;
}

/**
 * End of what makes `[text]` at `close` a link — `(destination)`, `[label]`, `[]` or nothing for a
 * known reference — or -1. `textStart` is where the bracketed text starts.
 */
function linkTail(s: string, close: number, textStart: number, isReference: ReferenceLookup | null): number {
  const next = s.charCodeAt(close + 1);
  if (next === 0x28) return linkTailEnd(s, close + 1);
  if (!isReference) return -1;
  const textLabel = close - textStart <= MAX_LABEL ? s.slice(textStart, close) : '';
  if (next === 0x5b) {
    const end = labelEnd(s, close + 1);
    if (end >= 0) {
      const written = s.slice(close + 2, end - 1);
      const label = written.trim() === '' ? textLabel : written;
      if (label !== '' && isReference(label)) return end;
    }
  }
  return textLabel !== '' && isReference(textLabel) ? close + 1 : -1;
}

/** Emphasis markers with a partner of the same kind become markup; lone ones stay text. */
function resolveDelimiters(events: Events): void {
  const firstOpener = new Map<number, number>();
  const lastCloser = new Map<number, number>();
  for (let e = 0; e < events.length; e++) {
    if (events.kind[e] !== DELIMITER) continue;
    const marker = events.flag[e] >> 2;
    if (events.flag[e] & CAN_OPEN && !firstOpener.has(marker)) firstOpener.set(marker, e);
    if (events.flag[e] & CAN_CLOSE) lastCloser.set(marker, e);
  }
  for (let e = 0; e < events.length; e++) {
    if (events.kind[e] !== DELIMITER) continue;
    const marker = events.flag[e] >> 2;
    const opens = (events.flag[e] & CAN_OPEN) !== 0 && (lastCloser.get(marker) ?? -1) > e;
    const closes = (events.flag[e] & CAN_CLOSE) !== 0 && (firstOpener.get(marker) ?? Infinity) < e;
    events.kind[e] = opens || closes ? MARKUP : TEXT;
  }
}

function replay(events: Events, logical: LogicalText, builder: TextBuilder): void {
  for (let e = 0; e < events.length; e++) {
    const kind = events.kind[e];
    if (kind === MARKUP) continue;
    const start = logical.toSource(events.start[e]);
    const end = logical.toSource(events.end[e] - 1) + 1;
    switch (kind) {
      case SPACE:
        builder.space(start, end, events.flag[e] === 1);
        break;
      case BREAK:
        builder.space(start, end, true);
        break;
      case DECODED:
        builder.decoded(events.decoded[events.flag[e]], start, end);
        break;
      default:
        // TEXT, and brackets or markers that turned out to be text.
        builder.text(start, end);
    }
  }
}
