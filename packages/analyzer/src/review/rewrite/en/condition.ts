/**
 * The condition of an English rule, turned from what must not be missing into what to have first:
 * "without written parental consent" → "once you have written parental consent" (to the reader) or
 * "only with written parental consent" (about others); "without checking the source" → "only after
 * checking the source"; "unless a release is on file" → "only if a release is on file".
 */
import { gerundAt } from './verbs.js';
import { PERMISSION_HEAD } from './words.js';

export interface EnCondition {
  /** The clause before the condition. */
  before: string;
  kind: 'permission' | 'action' | 'if';
  /** The words after "without" / "unless". */
  words: string;
}

/**
 * Finds a final "without …" or "unless …" in a clause's rest.
 *
 * @example
 * splitCondition('photos of students without written parental consent')?.kind // → 'permission'
 */
export function splitCondition(rest: string): EnCondition | null {
  const m = rest.match(/^(.*?),? (without|unless) (.+)$/is) ?? rest.match(/^()(without|unless) (.+)$/is);
  if (!m) return null;
  const [, before, word, words] = m;
  if (/[;:()]|,/.test(words) || /\b(?:without|unless|except|but|because|since|so that)\b/i.test(words))
    return null;
  if (word.toLowerCase() === 'unless') return { before, kind: 'if', words };
  if (gerundAt(words)) return { before, kind: 'action', words };
  const head =
    words
      .split(/ (?:from|of|by|for|to|on|in)\b/i)[0]
      .split(' ')
      .pop() ?? '';
  if (PERMISSION_HEAD.test(head.replace(/s$/i, ''))) return { before, kind: 'permission', words };
  return null;
}

/**
 * The positive condition for the reader ("once you have …") or about others ("only with …").
 *
 * @example
 * positiveCondition({ before: '', kind: 'permission', words: 'permission' }, true) // → 'once you have permission'
 */
export function positiveCondition(c: EnCondition, reader: boolean): string {
  if (c.kind === 'if') return `only if ${c.words}`;
  if (c.kind === 'action') return `only after ${c.words}`;
  return reader ? `once you have ${c.words}` : `only with ${c.words}`;
}

/**
 * The condition as a first step, for "To V …, get … first".
 *
 * @example
 * firstStep({ before: '', kind: 'permission', words: 'approval from the communications office' })
 * // → 'get approval from the communications office first'
 */
export function firstStep(c: EnCondition): string | null {
  const first = /\b(?:prior|advance|first|beforehand)\b/i.test(c.words) ? '' : ' first';
  if (c.kind === 'permission') return `get ${c.words}${first}`;
  if (c.kind === 'action') {
    const g = gerundAt(c.words)!;
    return `${g.base}${c.words.slice(g.written.length)}${first}`;
  }
  return null;
}
