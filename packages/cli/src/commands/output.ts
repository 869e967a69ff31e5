import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io, OutputStream } from '../io.js';

/** Where a report goes: standard output as it is made, or a file written once at the end. */
export interface Destination {
  /** The stream to write to as the report goes; null when the report is kept for a file. */
  stream: OutputStream | null;
  /** Keeps text for the file (only when `stream` is null). */
  add(text: string): void;
  /** Writes the file, if any; false (and a line through `say`) when it cannot be written. */
  close(say: (line: string) => void, failure?: (reason: string) => string): Promise<boolean>;
}

/**
 * Standard output, or the file named by `--output` (relative to the working folder).
 *
 * @example
 * const out = openDestination(io, 'report.html');
 * out.add(html);
 * await out.close(say); // → true once report.html is written
 */
export function openDestination(io: Io, output: string | undefined): Destination {
  if (output === undefined) {
    return { stream: io.stdout, add: (text) => io.stdout.write(text), close: async () => true };
  }
  const parts: string[] = [];
  return {
    stream: null,
    add: (text) => parts.push(text),
    async close(say, failure) {
      try {
        await writeFile(resolve(io.cwd, output), parts.join(''), 'utf8');
        return true;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        say(failure ? failure(reason) : `charte: ${output}: ${reason}`);
        return false;
      }
    },
  };
}
