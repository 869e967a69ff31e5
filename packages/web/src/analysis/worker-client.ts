import type { AnalysisRequest, AnalysisResponse } from './protocol.js';

export interface AnalysisPort {
  post(request: AnalysisRequest): void;
  onResponse(listener: (response: AnalysisResponse) => void): void;
  /** The worker failed to load or crashed. */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
}

/** Starts the analysis worker (a module worker, bundled by Vite with the analyzer inside). */
export function startAnalysisWorker(): AnalysisPort {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => listener(event.data)),
    onFailure: (listener) =>
      worker.addEventListener('error', (event) => listener(event.message || 'worker error')),
    terminate: () => worker.terminate(),
  };
}
