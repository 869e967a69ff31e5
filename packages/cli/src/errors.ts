import { displayPath } from './display-path.js';
import type { MessageKey, Params, Translator } from './i18n/index.js';

/**
 * A mistake in the command line. The message is already in the UI language; `command` names the
 * (sub)command whose `--help` the hint points to.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command = 'charte',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Why an input could not be analyzed. `empty` and `ignored` are only notices; the others are errors. */
export type InputProblemCode =
  | 'not-found'
  | 'no-match'
  | 'empty-folder'
  | 'is-directory'
  | 'too-large'
  | 'binary'
  | 'utf16'
  | 'invalid-utf8'
  | 'read-error'
  | 'empty'
  | 'ignored';

/** An input that was set aside, with what to tell the person. */
export interface InputProblem {
  path: string;
  code: InputProblemCode;
  params?: Params;
}

const PROBLEM_KEYS: Record<InputProblemCode, MessageKey> = {
  'not-found': 'input.notFound',
  'no-match': 'input.noMatch',
  'empty-folder': 'input.emptyFolder',
  'is-directory': 'input.isDirectory',
  'too-large': 'input.tooLarge',
  binary: 'input.binary',
  utf16: 'input.utf16',
  'invalid-utf8': 'input.invalidUtf8',
  'read-error': 'input.readError',
  empty: 'input.empty',
  ignored: 'input.ignored',
};

/** Whether the problem makes the run fail (everything but an empty or ignored file). */
export function isFailure(problem: InputProblem): boolean {
  return problem.code !== 'empty' && problem.code !== 'ignored';
}

/**
 * The problem alone, in the UI language, without the file name.
 *
 * @example
 * describeProblem(t, { path: 'a.md', code: 'binary' }) // → 'looks like a binary file, not text'
 */
export function describeProblem(t: Translator, problem: InputProblem): string {
  return t.t(PROBLEM_KEYS[problem.code], problem.params);
}

/**
 * The one stderr line for a problem: `charte: <file>: <problem>` (a `note:` for an empty or ignored file).
 *
 * @example
 * problemLine(t, { path: 'x.md', code: 'not-found' }) // → 'charte: x.md: no such file or directory'
 */
export function problemLine(t: Translator, problem: InputProblem): string {
  const key = isFailure(problem) ? 'input.line' : 'input.emptyNotice';
  return t.t(key, { path: displayPath(t, problem.path), problem: describeProblem(t, problem) });
}
