import { isatty } from 'node:tty';

/** Where the command writes: a stream, or a buffer in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True when a person reads it on a terminal (colors, cue highlighting). */
  isTTY?: boolean;
  /** Terminal width, for the help text. */
  columns?: number;
}

/** Where the command reads piped text. */
export interface InputStream {
  /** True when nothing is piped in (a person at a terminal). */
  isTTY: boolean;
  /** The bytes, read lazily: the stream is opened only when the command needs it. */
  chunks(): AsyncIterable<Uint8Array | string>;
}

/** Everything the command touches outside itself, so tests can run it in-process. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Record<string, string | undefined>;
  /** Folder that relative paths and glob patterns start from. */
  cwd: string;
}

/**
 * The real process streams.
 *
 * @example
 * const code = await run(process.argv.slice(2), processIo());
 */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // isatty(0) answers without creating process.stdin, which would keep the event loop busy.
    stdin: { isTTY: isatty(0), chunks: () => process.stdin },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** An `Io` that keeps what is written, for tests and for embedding the command. */
export interface BufferIo extends Io {
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

export interface BufferIoOptions {
  /** Text piped into stdin; when absent, stdin behaves like a terminal. */
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Pretend stdout and stderr are terminals. */
  tty?: boolean;
}

/**
 * An in-memory `Io`.
 *
 * @example
 * const io = bufferIo({ stdin: 'Do not share passwords.\n' });
 * await run(['classify'], io); // → 0
 * io.out(); // → '{"text":"Do not share passwords.",…}\n'
 */
export function bufferIo(options: BufferIoOptions = {}): BufferIo {
  let out = '';
  let err = '';
  const piped = options.stdin;
  return {
    stdout: { write: (chunk: string) => (out += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (err += chunk), isTTY: options.tty ?? false },
    stdin: {
      isTTY: piped === undefined,
      async *chunks() {
        if (piped !== undefined) yield piped;
      },
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
