import { LineIndex, type Point } from '@charte/analyzer';

/** A path into a JSON value: object keys and array indexes, from the root. */
export type JsonPath = readonly (string | number)[];

/** Why a text is not JSON; each code has its message in the catalogs (`json.*`). */
export type JsonErrorCode =
  | 'expected-value'
  | 'expected-property'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'expected-end'
  | 'trailing-comma'
  | 'comment'
  | 'unterminated-string'
  | 'bad-escape'
  | 'control-character'
  | 'too-deep';

export interface JsonSyntaxError {
  code: JsonErrorCode;
  /** Where the problem is: offset 0-based, line and column 1-based. */
  at: Point;
  /** The character found there, or null at the end of the text. */
  found: string | null;
}

/** A parsed JSON text that still knows where each value was written. */
export interface JsonSource {
  value: unknown;
  /**
   * Where the value at `path` is written: the member's key for an object member, the value itself
   * for an array item; the nearest existing ancestor when the path goes further than the text.
   */
  locate(path: JsonPath): Point;
}

export type JsonParseResult = { ok: true; json: JsonSource } | { ok: false; error: JsonSyntaxError };

/** Deeper than this, the text is refused rather than risking the call stack. */
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Failure {
  constructor(
    readonly code: JsonErrorCode,
    readonly offset: number,
  ) {}
}

/**
 * Parses strict JSON (RFC 8259) and remembers where every value sits, so that a configuration
 * problem can name its line and column. A syntax error comes back with its own line and column
 * and a code, never as an exception: the wording is the catalog's, in the UI language.
 *
 * @example
 * const parsed = parseJsonSource('{\n  "rules": { "tone/shouting": "of" }\n}');
 * parsed.ok && parsed.json.locate(['rules', 'tone/shouting']) // → { offset: 16, line: 2, column: 14 }
 * parseJsonSource('{ "a": 1, }') // → { ok: false, error: { code: 'trailing-comma', at: { line: 1, column: 11, … }, found: '}' } }
 */
export function parseJsonSource(text: string): JsonParseResult {
  const places = new Map<string, number>();
  let index = 0;
  let lines: LineIndex | undefined;
  const point = (offset: number) => {
    lines ??= new LineIndex(text);
    return lines.point(offset);
  };

  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(index);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) index++;
      else if (c === 0x2f && (text[index + 1] === '/' || text[index + 1] === '*')) {
        throw new Failure('comment', index);
      } else return;
    }
  };

  const parseString = (): string => {
    const start = index;
    index++; // the opening quote
    let out = '';
    let runStart = index;
    for (;;) {
      if (index >= text.length) throw new Failure('unterminated-string', start);
      const c = text.charCodeAt(index);
      if (c === 0x22) {
        out += text.slice(runStart, index);
        index++;
        return out;
      }
      if (c < 0x20) {
        throw new Failure(c === 0x0a || c === 0x0d ? 'unterminated-string' : 'control-character', index);
      }
      if (c === 0x5c) {
        out += text.slice(runStart, index);
        const escaped = text[index + 1];
        if (escaped === 'u') {
          const hex = text.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Failure('bad-escape', index);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          index += 6;
        } else if (escaped !== undefined && Object.hasOwn(ESCAPES, escaped)) {
          out += ESCAPES[escaped];
          index += 2;
        } else {
          throw new Failure('bad-escape', index);
        }
        runStart = index;
        continue;
      }
      index++;
    }
  };

  const parseValue = (path: (string | number)[], depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Failure('too-deep', index);
    skipSpace();
    const c = text[index];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number) {
      index += number[0].length;
      return Number(number[0]);
    }
    throw new Failure('expected-value', index);
  };

  const parseObject = (path: (string | number)[], depth: number): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    index++;
    skipSpace();
    if (text[index] === '}') {
      index++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[index] !== '"') throw new Failure('expected-property', index);
      const keyAt = index;
      const key = parseString();
      const memberPath = [...path, key];
      places.set(JSON.stringify(memberPath), keyAt);
      skipSpace();
      if (text[index] !== ':') throw new Failure('expected-colon', index);
      index++;
      // defineProperty: a "__proto__" key stays a plain property, as with JSON.parse.
      Object.defineProperty(object, key, {
        value: parseValue(memberPath, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (text[index] === '}') {
        index++;
        return object;
      }
      if (text[index] !== ',') throw new Failure('expected-comma-or-brace', index);
      index++;
      skipSpace();
      if (text[index] === '}') throw new Failure('trailing-comma', index);
    }
  };

  const parseArray = (path: (string | number)[], depth: number): unknown[] => {
    const array: unknown[] = [];
    index++;
    skipSpace();
    if (text[index] === ']') {
      index++;
      return array;
    }
    for (;;) {
      skipSpace();
      const itemPath = [...path, array.length];
      places.set(JSON.stringify(itemPath), index);
      array.push(parseValue(itemPath, depth + 1));
      skipSpace();
      if (text[index] === ']') {
        index++;
        return array;
      }
      if (text[index] !== ',') throw new Failure('expected-comma-or-bracket', index);
      index++;
      skipSpace();
      if (text[index] === ']') throw new Failure('trailing-comma', index);
    }
  };

  try {
    places.set('[]', 0);
    skipSpace();
    places.set('[]', index);
    const value = parseValue([], 0);
    skipSpace();
    if (index < text.length) throw new Failure('expected-end', index);
    const locate = (path: JsonPath): Point => {
      for (let n = path.length; n >= 0; n--) {
        const at = places.get(JSON.stringify(path.slice(0, n)));
        if (at !== undefined) return point(at);
      }
      return point(0);
    };
    return { ok: true, json: { value, locate } };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    const offset = Math.min(error.offset, text.length);
    const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : null;
    return { ok: false, error: { code: error.code, at: point(offset), found } };
  }
}
