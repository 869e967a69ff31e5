/**
 * Debounce and staleness for the live analysis. The editor calls `update` on every change with a new,
 * increasing document version; after `delay` ms of quiet the latest text is sent to the worker. One
 * request is in flight at a time (a burst of pauses on a large document must not queue analyses the
 * user will never see); an answer for any version other than the latest is dropped.
 */
import type { Lang } from '../constants.js';
import type { AnalysisRequest, AnalysisResponse, EditorAnalysis } from './protocol.js';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const globalTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  send: (request: AnalysisRequest) => void;
  onResult: (version: number, analysis: EditorAnalysis) => void;
  onError?: (version: number, message: string) => void;
  /** Quiet time before a request is sent, in ms. */
  delay?: number;
  timers?: Timers;
}

export const ANALYSIS_DELAY = 150;

export class AnalysisScheduler {
  private readonly options: Required<Omit<SchedulerOptions, 'onError'>> & Pick<SchedulerOptions, 'onError'>;
  /** The latest version; its text is read only when sent (a large text is not copied per keystroke). */
  private latest: { version: number; read: () => string; lang: Lang } | null = null;
  private timer: unknown = null;
  private inFlight: number | null = null;
  /** The timer fired while a request was in flight: send the latest text as soon as it answers. */
  private waiting = false;
  private disposed = false;

  constructor(options: SchedulerOptions) {
    this.options = { delay: ANALYSIS_DELAY, timers: globalTimers, ...options };
  }

  /**
   * The document changed: remember how to read its text and (re)start the quiet-time timer. A function
   * must return the text of this version whenever called before the next `update`.
   */
  update(version: number, source: string | (() => string), lang: Lang): void {
    if (this.disposed) return;
    this.latest = { version, read: typeof source === 'string' ? () => source : source, lang };
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = this.options.timers.set(() => {
      this.timer = null;
      this.fire();
    }, this.options.delay);
  }

  /** Sends the latest text now (the first analysis of a freshly opened document). */
  flush(): void {
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
    this.fire();
  }

  /** An answer from the worker. Returns whether it was current (and delivered). */
  receive(response: AnalysisResponse): boolean {
    if (this.disposed) return false;
    if (response.version === this.inFlight) this.inFlight = null;
    if (this.waiting && this.inFlight === null) {
      this.waiting = false;
      this.fire();
    }
    if (!this.latest || response.version !== this.latest.version) return false;
    if ('error' in response) this.options.onError?.(response.version, response.error);
    else this.options.onResult(response.version, response.analysis);
    return true;
  }

  /** The version currently awaited from the worker, if any (for tests and the "analyzing…" hint). */
  get pending(): number | null {
    return this.inFlight;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }

  private fire(): void {
    if (this.disposed || !this.latest) return;
    if (this.inFlight !== null) {
      this.waiting = this.inFlight !== this.latest.version;
      return;
    }
    const { version, read, lang } = this.latest;
    this.inFlight = version;
    this.options.send({ version, source: read(), lang });
  }
}
