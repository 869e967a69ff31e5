/** The server's image errors, put on the image picker's fields. */
import { ApiError } from '../api/client.js';

const IMAGE_CODES = new Set(['image-too-large', 'image-type', 'image-unreadable']);

/**
 * The server's image errors by field (`alt`, `file`): from `issues` (`body.alt` or `alt`), and the
 * image codes (too large, wrong type, unreadable) put on `file` when no issue names it.
 */
export function imageFieldErrors(error: unknown): { alt?: string; file?: string } {
  const out: { alt?: string; file?: string } = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.issues) {
    const field = issue.path.replace(/^body\./, '');
    if ((field === 'alt' || field === 'file') && out[field] === undefined) out[field] = issue.message;
  }
  if (out.file === undefined && IMAGE_CODES.has(error.code) && error.message) out.file = error.message;
  return out;
}
