import { type FileHandle, open } from 'node:fs/promises';
import type { InputProblem } from '../errors.js';
import { formatSize } from '../options/size.js';
import { decodeText } from './decode.js';

/**
 * A text ready to analyze (`bom`: the bytes started with a UTF-8 byte order mark, removed from
 * `text`), or why it was set aside.
 */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; problem: InputProblem };

const CHUNK = 64 * 1024;

/**
 * Reads a file as UTF-8 text, refusing it before reading when `stat` says it is a folder or larger
 * than `maxSize` (a 50 MB file costs one `fstat`, not 50 MB of memory). Pipes and devices, whose
 * size is unknown, are read in chunks and refused as soon as they pass the limit.
 *
 * @example
 * await readTextFile('charte.md', '/home/me/charte.md', 10 * 1024 ** 2) // → { ok: true, text: '# Charte…' }
 */
export async function readTextFile(path: string, absolutePath: string, maxSize: number): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(absolutePath, 'r');
  } catch (error) {
    return { ok: false, problem: fromSystemError(path, error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, problem: { path, code: 'is-directory' } };
    if (info.isFile() && info.size > maxSize) return tooLarge(path, formatSize(info.size), maxSize);
    const bytes = await readBounded(handle, maxSize);
    if (bytes === null) return tooLarge(path, `> ${formatSize(maxSize)}`, maxSize);
    return toText(path, bytes);
  } catch (error) {
    return { ok: false, problem: fromSystemError(path, error) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a stream (standard input) as UTF-8 text, stopping as soon as it passes `maxSize`.
 *
 * @example
 * await readTextStream('-', process.stdin, 10 * 1024 ** 2)
 */
export async function readTextStream(
  path: string,
  chunks: AsyncIterable<Uint8Array | string>,
  maxSize: number,
): Promise<ReadResult> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      total += bytes.length;
      if (total > maxSize) return tooLarge(path, `> ${formatSize(maxSize)}`, maxSize);
      parts.push(bytes);
    }
  } catch (error) {
    return { ok: false, problem: fromSystemError(path, error) };
  }
  return toText(path, concat(parts, total));
}

/** Decodes bytes and sets aside what is not text or holds only whitespace. */
function toText(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const params = decoded.offset === undefined ? undefined : { offset: decoded.offset };
    return { ok: false, problem: { path, code: decoded.code, params } };
  }
  if (decoded.text.trim() === '') return { ok: false, problem: { path, code: 'empty' } };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: decoded.text, bom };
}

/** All the bytes, or null as soon as there are more than `maxSize`. */
async function readBounded(handle: FileHandle, maxSize: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buffer = new Uint8Array(CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return concat(parts, total);
    total += bytesRead;
    // The file may have grown since `stat`: the limit holds on what is actually read.
    if (total > maxSize) return null;
    parts.push(buffer.subarray(0, bytesRead));
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function tooLarge(path: string, size: string, maxSize: number): ReadResult {
  return { ok: false, problem: { path, code: 'too-large', params: { size, limit: formatSize(maxSize) } } };
}

/** Maps a system error (ENOENT, EISDIR, EACCES…) to an input problem; the code stays as the reason. */
export function fromSystemError(path: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path, code: 'not-found' };
  if (code === 'EISDIR') return { path, code: 'is-directory' };
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return { path, code: 'read-error', params: { reason } };
}
