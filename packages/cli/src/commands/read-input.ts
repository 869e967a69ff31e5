import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { STDIN_PATH } from '../display-path.js';
import { type ReadResult, readTextFile, readTextStream } from '../input/read.js';

/**
 * Reads one named input: a file relative to the working folder, or standard input for `-`.
 *
 * @example
 * await readInput(ctx, '-', 10 * 1024 ** 2) // → { ok: true, text: 'piped text' }
 */
export function readInput(ctx: Context, path: string, maxSize: number): Promise<ReadResult> {
  if (path === STDIN_PATH) return readTextStream(STDIN_PATH, ctx.io.stdin.chunks(), maxSize);
  return readTextFile(path, resolve(ctx.io.cwd, path), maxSize);
}
