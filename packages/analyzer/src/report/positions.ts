import type { Point } from '../types.js';

/**
 * The point of `offset`, counted forward from a known point before it. Cost is linear in the distance,
 * which stays within one sentence here.
 */
export function pointFrom(source: string, from: Point, offset: number): Point {
  let { line, column } = from;
  for (let i = from.offset; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { offset, line, column };
}
