/**
 * A worker thread of the review pool: reviews the texts it is sent (pure work, see `reviewText`) and
 * sends each review back with the id it came with.
 */
import { parentPort } from 'node:worker_threads';
import { reviewText } from '../commands/review-text.js';
import { resolveConfig } from '../review/api.js';
import type { PoolReply, PoolTask } from './protocol.js';

parentPort?.on('message', (task: PoolTask) => {
  let reply: PoolReply;
  try {
    reply = { id: task.id, ok: true, reviewed: reviewText(task.source, task.request, resolveConfig) };
  } catch (error) {
    reply = { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
