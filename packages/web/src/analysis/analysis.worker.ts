/// <reference lib="webworker" />
/**
 * The analysis worker: the whole analyzer runs here, so typing never waits on it. One message in (an
 * `AnalysisRequest`), one message out, tagged with the same version.
 */
import { handleRequest } from './handle.js';
import type { AnalysisRequest } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  scope.postMessage(handleRequest(event.data));
});
