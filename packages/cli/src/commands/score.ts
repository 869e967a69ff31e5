import { resolve } from 'node:path';
import type { Lang } from '@charte/analyzer';
import { ConfigProvider, configMode } from '../config/provider.js';
import { type Context, warn } from '../context.js';
import { displayPath, STDIN_PATH } from '../display-path.js';
import { isFailure, problemLine } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { Target } from '../input/expand.js';
import { colorsFor } from '../reporters/colors.js';
import { formatScoreJson } from '../reporters/score-json.js';
import { formatScoreText } from '../reporters/score-text.js';
import { resolveConfig } from '../review/api.js';
import { localRunner, reviewFile } from './review-file.js';

export interface ScoreOptions {
  /** A file, or `-` for standard input. */
  file: string;
  format: 'text' | 'json';
  lang: Lang | 'auto';
  maxSize: number;
  /** A configuration file to use instead of looking one up; false: none at all. */
  config?: string | false;
}

/**
 * `charte score FILE`: prints the document's score breakdown (overall score, parts with weight,
 * score and detail, balance by section and by pillar, clause coverage, readability) as text or JSON.
 * Exit code 2 when the file or its configuration cannot be used, else 0.
 *
 * @example
 * await scoreCommand(ctx, { file: 'charte.md', format: 'text', lang: 'auto', maxSize: 10 * 1024 ** 2 }) // → 0
 */
export async function scoreCommand(ctx: Context, options: ScoreOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  const target: Target =
    options.file === STDIN_PATH
      ? { kind: 'stdin' }
      : { kind: 'file', path: options.file, absolutePath: resolve(io.cwd, options.file) };
  const say = (line: string) => warn(ctx, line);
  const configs = new ConfigProvider({ t, cwd: io.cwd, say }, configMode(options.config), resolveConfig);
  const outcome = await reviewFile(
    ctx,
    target,
    configs,
    localRunner(resolveConfig),
    { lang: options.lang, maxSize: options.maxSize, fix: 'off', keep: {} },
    say,
  );
  if (outcome.kind === 'no-config') return EXIT_FAILURE;
  if (outcome.kind === 'problem') {
    say(problemLine(t, outcome.problem));
    return isFailure(outcome.problem) ? EXIT_FAILURE : EXIT_OK;
  }
  const { result } = outcome;
  for (const d of result.inputErrors) {
    say(
      t.t('input.diagnostic', {
        path: displayPath(t, result.path),
        line: d.start.line,
        column: d.start.column,
        message: d.message,
      }),
    );
  }
  io.stdout.write(
    options.format === 'json'
      ? formatScoreJson(result)
      : formatScoreText(result, { t, colors: colorsFor(io.stdout, io.env) }),
  );
  return configs.failed ? EXIT_FAILURE : EXIT_OK;
}
