import { Worker } from 'node:worker_threads';
import type { ReviewRunner } from '../commands/review-file.js';
import type { ReviewedText, ReviewRequest } from '../commands/review-text.js';
import type { PoolReply, PoolTask } from './protocol.js';

/** A runner backed by worker threads, to be closed when the run ends. */
export interface ReviewPool {
  run: ReviewRunner;
  /** How many workers it started. */
  size: number;
  close(): Promise<void>;
}

/** More workers than this bring nothing on the machines Charte targets. */
const MAX_WORKERS = 8;

/**
 * How many workers to start: the `CHARTE_WORKERS` variable (a whole number), else none. Off by
 * default because it did not pay on the 2-core machine it was measured on: 600 documents of 14 kB
 * took 5.3 s on the main thread and 5.1 s on 2 workers when the machine was quiet (CPU time 6.4 s →
 * 9.0 s: each worker loads and warms up the analyzer on its own), and 6.8 s against 9.0 s when other
 * work shared the cores. Reading is about 1 % of the time, so overlapping reads is all the main
 * thread needs. On a machine with more idle cores, `CHARTE_WORKERS=4` may help large runs.
 *
 * @example
 * poolSize({}) // → 0
 * poolSize({ CHARTE_WORKERS: '2' }) // → 2
 */
export function poolSize(env: Record<string, string | undefined>): number {
  const wanted = env.CHARTE_WORKERS?.trim();
  return wanted !== undefined && /^\d+$/.test(wanted) ? Math.min(Number(wanted), MAX_WORKERS) : 0;
}

/** The worker's script, next to this module once built; null when running from TypeScript sources. */
function workerScript(): URL | null {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.js') ? new URL('./worker.js', here) : null;
}

/**
 * Starts `size` workers that run `reviewText`, each taking the next text when it is free. A task
 * whose worker fails is reviewed by `fallback` on this thread instead, so a crash costs time, not
 * results. Returns null when workers cannot run here (TypeScript sources, as in tests).
 *
 * @example
 * const pool = startPool(2, localRunner(resolveConfig));
 * const reviewed = await (pool?.run ?? local)(text, request);
 * await pool?.close();
 */
export function startPool(size: number, fallback: ReviewRunner): ReviewPool | null {
  const script = workerScript();
  if (script === null || size < 1) return null;
  interface Pending {
    task: PoolTask;
    resolve: (reviewed: ReviewedText) => void;
    reject: (error: Error) => void;
  }
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const alive = new Set<Worker>();
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop() as Worker;
      const pending = queue.shift() as Pending;
      busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  };
  const viaFallback = (pending: Pending) => {
    fallback(pending.task.source, pending.task.request).then(pending.resolve, pending.reject);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script);
    worker.on('message', (reply: PoolReply) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        if (reply.ok) pending.resolve(reply.reviewed);
        else pending.reject(new Error(reply.message));
      }
      dispatch();
    });
    // A worker that fails or stops: its task, and the queue once no worker is left, run here.
    const retire = () => {
      if (closed || !alive.delete(worker)) return;
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      const pending = busy.get(worker);
      busy.delete(worker);
      if (pending) viaFallback(pending);
      if (alive.size === 0) queue.splice(0).forEach(viaFallback);
    };
    worker.on('error', retire);
    worker.on('exit', retire);
    alive.add(worker);
    idle.push(worker);
    return worker;
  });

  return {
    size,
    run(source: string, request: ReviewRequest) {
      if (closed || alive.size === 0) return fallback(source, request);
      return new Promise<ReviewedText>((resolve, reject) => {
        queue.push({ task: { id: nextId++, source, request }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
