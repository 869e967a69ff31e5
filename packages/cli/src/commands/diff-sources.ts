import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { InputProblem } from '../errors.js';
import { expandTargets } from '../input/expand.js';
import { type ReadResult, readTextStream } from '../input/read.js';
import { readInput } from './read-input.js';

/** One side of `charte diff`: a file, a folder, or a file at a git revision (`REV:path`). */
export type DiffSide =
  | { kind: 'file'; name: string }
  | { kind: 'folder'; name: string }
  | { kind: 'git'; name: string; revision: string; path: string };

/** Why a side could not be read: an input problem, or git missing / the revision or path unknown to it. */
export type SideProblem =
  | { kind: 'input'; problem: InputProblem }
  | { kind: 'git-missing' }
  | { kind: 'git-error'; spec: string; reason: string };

/** A text from one side, or why there is none. */
export type SideText = { ok: true; text: string } | { ok: false; problem: SideProblem };

/**
 * What an argument names: an existing folder or file first; else `REV:path` is a git revision of a
 * file; else a file (that the reader will report missing).
 *
 * @example
 * await classifySide('HEAD~1:charte.md', '/repo') // → { kind: 'git', revision: 'HEAD~1', path: 'charte.md', … }
 */
export async function classifySide(arg: string, cwd: string): Promise<DiffSide> {
  try {
    return (await stat(resolve(cwd, arg))).isDirectory()
      ? { kind: 'folder', name: arg }
      : { kind: 'file', name: arg };
  } catch {
    const match = /^([^:]+):(.+)$/.exec(arg);
    if (match) return { kind: 'git', name: arg, revision: match[1], path: match[2] };
    return { kind: 'file', name: arg };
  }
}

/**
 * The documents of a folder by their path relative to it, in code-point order (as `lint` finds them).
 *
 * @example
 * await folderDocuments('v1', '/repo') // → Map { 'charte.md' → 'v1/charte.md' }
 */
export async function folderDocuments(folder: string, cwd: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const target of await expandTargets([folder], cwd)) {
    if (target.kind === 'file') out.set(relative(resolve(cwd, folder), target.absolutePath), target.path);
  }
  return out;
}

/**
 * Reads a file, or a file at a git revision (`git show REV:path` in the working folder), through the
 * same bounded reader as `lint`: too large, binary or badly encoded text is refused the same way.
 * A file holding only whitespace reads as an empty text: every sentence of the other side changed.
 *
 * @example
 * await readSide(ctx, { kind: 'git', name: 'HEAD:charte.md', revision: 'HEAD', path: 'charte.md' }, maxSize)
 */
export async function readSide(
  ctx: Context,
  side: { kind: 'file'; name: string } | { kind: 'git'; name: string },
  maxSize: number,
): Promise<SideText> {
  const read =
    side.kind === 'git'
      ? await gitShow(ctx.io.cwd, ctx.io.env, side.name, maxSize)
      : await readInput(ctx, side.name, maxSize);
  if ('kind' in read) return { ok: false, problem: read };
  if (read.ok) return { ok: true, text: read.text };
  if (read.problem.code === 'empty') return { ok: true, text: '' };
  return { ok: false, problem: { kind: 'input', problem: read.problem } };
}

/** `git show SPEC`'s output read as text, or git's own complaint when it fails. */
async function gitShow(
  cwd: string,
  env: Record<string, string | undefined>,
  spec: string,
  maxSize: number,
): Promise<ReadResult | SideProblem> {
  // The command's own environment (PATH included) wins, so an embedding program decides where git is.
  const childEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...process.env, ...env })) {
    if (value !== undefined) childEnv[name] = value;
  }
  const child = spawn('git', ['show', spec], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; error?: NodeJS.ErrnoException }>((done) => {
    child.on('error', (error: NodeJS.ErrnoException) => done({ code: null, error }));
    child.on('close', (code) => done({ code }));
  });
  const read = await readTextStream(spec, child.stdout, maxSize);
  if (!read.ok && read.problem.code === 'too-large') {
    // The reader stopped early: git has nothing more worth waiting for.
    child.kill();
    await exit;
    return read;
  }
  const { code, error } = await exit;
  if (error?.code === 'ENOENT') return { kind: 'git-missing' };
  if (error || code !== 0) {
    const first = stderr.trim().split('\n')[0] ?? '';
    return {
      kind: 'git-error',
      spec,
      reason: first.replace(/^fatal:\s*/, '').replace(/\.$/, '') || String(error?.code ?? code),
    };
  }
  return read;
}
