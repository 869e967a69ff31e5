import pc from 'picocolors';
import type { OutputStream } from '../io.js';

/** picocolors' formatters (each one leaves text untouched when colors are off). */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to color a stream, following Node's own rules: FORCE_COLOR wins (0 or false turns colors
 * off), then a non-empty NO_COLOR turns them off, then TERM=dumb, then only a terminal gets colors.
 *
 * @example
 * wantsColor({ write() {}, isTTY: true }, { NO_COLOR: '1' }) // → false
 */
export function wantsColor(stream: OutputStream, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/**
 * Color functions for a stream: real ones, or pass-throughs that leave text untouched.
 *
 * @example
 * colorsFor(io.stdout, io.env).red('error')
 */
export function colorsFor(stream: OutputStream, env: Record<string, string | undefined>): Colors {
  return pc.createColors(wantsColor(stream, env));
}
