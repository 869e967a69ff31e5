import type { Translator } from './i18n/index.js';
import type { Io } from './io.js';

/** What every command needs: the outside world and the UI language. */
export interface Context {
  io: Io;
  t: Translator;
}

/** Writes one line to stderr. */
export function warn(ctx: Context, line: string): void {
  ctx.io.stderr.write(`${line}\n`);
}
