import type { ReviewedText, ReviewRequest } from '../commands/review-text.js';

/** A text to review, sent to a worker. */
export interface PoolTask {
  id: number;
  source: string;
  request: ReviewRequest;
}

/** A worker's answer. */
export type PoolReply =
  | { id: number; ok: true; reviewed: ReviewedText }
  | { id: number; ok: false; message: string };
