import type { OutputStream } from './io.js';

/** A progress bar that other output can pass through without tearing it. */
export interface Progress {
  /** One more item done; `label` names it. */
  tick(label: string): void;
  /** Writes `text` to a stream (any), the bar cleared before and drawn again after. */
  write(stream: OutputStream, text: string): void;
  /** Clears the bar for good. */
  done(): void;
}

/** What decides whether a bar is shown. */
export interface ProgressSetting {
  stderr: OutputStream;
  stdout: OutputStream;
  env: Record<string, string | undefined>;
  /** How many items will be processed. */
  total: number;
  /** Whether the report goes to a file (`--output`) rather than to standard output. */
  toFile: boolean;
}

/** Below this many documents, the run is too short for a bar to help. */
const MIN_ITEMS = 2;
/** At most one redraw per this many milliseconds. */
const REDRAW_MS = 80;
const BAR_WIDTH = 24;
const CLEAR = '\r\u001b[2K';

/**
 * Whether to draw a progress bar: only on a terminal (stderr), never in CI (`CI` set), on a dumb
 * terminal, or when the report itself goes to a pipe or a file through standard output (JSON or
 * SARIF piped to another program), and only for several documents.
 *
 * @example
 * wantsProgress({ stderr: { write() {}, isTTY: true }, stdout: { write() {}, isTTY: true }, env: {}, total: 40, toFile: false }) // → true
 * wantsProgress({ …, env: { CI: 'true' } }) // → false
 */
export function wantsProgress(setting: ProgressSetting): boolean {
  const ci = setting.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  if (setting.env.TERM === 'dumb') return false;
  if (setting.stderr.isTTY !== true) return false;
  if (!setting.toFile && setting.stdout.isTTY !== true) return false;
  return setting.total >= MIN_ITEMS;
}

/**
 * A progress bar on `stream` (`[██████░░░░]  12/40  docs/charte.md`), or one that draws nothing.
 * Redraws are throttled; the line is cleared before any other output and at the end.
 *
 * @example
 * const progress = createProgress(io.stderr, 40, wantsProgress(setting));
 * progress.tick('docs/a.md');
 * progress.write(io.stdout, report);
 * progress.done();
 */
export function createProgress(
  stream: OutputStream,
  total: number,
  enabled: boolean,
  now = Date.now,
): Progress {
  if (!enabled) return { tick: () => {}, write: (out, text) => out.write(text), done: () => {} };
  let done = 0;
  let label = '';
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  const draw = () => {
    const filled = Math.round((done / Math.max(1, total)) * BAR_WIDTH);
    const count = `${done}/${total}`;
    const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]  ${count}  `;
    const room = Math.max(0, (stream.columns ?? 80) - head.length - 1);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    stream.write(`${CLEAR}${head}${room > 0 ? name : ''}`);
    shown = true;
    last = now();
  };
  const clear = () => {
    if (shown) stream.write(CLEAR);
    shown = false;
  };
  return {
    tick(name) {
      done++;
      label = name;
      if (now() - last >= REDRAW_MS || done === total) draw();
    },
    write(out, text) {
      const wasShown = shown;
      clear();
      out.write(text);
      if (wasShown && done < total) draw();
    },
    done: clear,
  };
}
