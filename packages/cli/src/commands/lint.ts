import { analyze, type Lang } from '@charte/analyzer';
import { type Context, warn } from '../context.js';
import { displayPath, STDIN_PATH } from '../display-path.js';
import { describeProblem, type InputProblem, isFailure, problemLine, UsageError } from '../errors.js';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { expandTargets, type Target } from '../input/expand.js';
import { forEachOrdered } from '../input/ordered.js';
import { colorsFor } from '../reporters/colors.js';
import { formatLintJson, type SkippedFile } from '../reporters/lint-json.js';
import { formatStylishFile, formatStylishSummary } from '../reporters/lint-stylish.js';
import { type LintFileResult, summarize, toFileResult } from './lint-model.js';
import { readInput } from './read-input.js';

export interface LintOptions {
  files: string[];
  format: 'stylish' | 'json';
  lang: Lang | 'auto';
  sentences: boolean;
  maxSize: number;
}

/** Files read at once: enough to overlap disk waits, few enough to keep memory flat. */
const READ_CONCURRENCY = 4;

type Outcome = { ok: true; result: LintFileResult } | { ok: false; problem: InputProblem };

/**
 * `charte lint`: analyzes each document (each on its own: one bad file does not stop the others)
 * and reports label counts, balance and diagnostics, in the order of the arguments.
 * Returns 2 if an input could not be read, else 1 if a document has an error diagnostic, else 0.
 *
 * @example
 * await lintCommand(ctx, { files: ['docs/'], format: 'stylish', lang: 'auto', sentences: false, maxSize: 10 * 1024 ** 2 })
 */
export async function lintCommand(ctx: Context, options: LintOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  if (options.files.length === 0) throw new UsageError(t.t('usage.noFiles'), 'charte lint');
  const targets = await expandTargets(options.files, io.cwd);
  if (targets.filter((target) => target.kind === 'stdin').length > 1) {
    throw new UsageError(t.t('usage.stdinTwice'), 'charte lint');
  }

  const colors = colorsFor(io.stdout, io.env);
  const results: LintFileResult[] = [];
  const problems: InputProblem[] = [];
  const load = async (target: Target): Promise<Outcome> => {
    if (target.kind === 'problem') return { ok: false, problem: target.problem };
    const path = target.kind === 'stdin' ? STDIN_PATH : target.path;
    const input = await readInput(ctx, path, options.maxSize);
    if (!input.ok) return input;
    const report = analyze(input.text, {
      path: target.kind === 'file' ? target.path : undefined,
      lang: options.lang === 'auto' ? undefined : options.lang,
    });
    // Only the small per-file result is kept: the document and its source are dropped here.
    return { ok: true, result: toFileResult(path, report, options.sentences) };
  };
  const emit = (outcome: Outcome) => {
    if (!outcome.ok) {
      problems.push(outcome.problem);
      warn(ctx, problemLine(t, outcome.problem));
      return;
    }
    const { result } = outcome;
    results.push(result);
    for (const d of result.inputErrors) {
      const path = displayPath(t, result.path);
      warn(
        ctx,
        t.t('input.diagnostic', { path, line: d.start.line, column: d.start.column, message: d.message }),
      );
    }
    if (options.format === 'stylish') io.stdout.write(formatStylishFile(result, { t, colors }));
  };
  await forEachOrdered(targets, READ_CONCURRENCY, load, emit);

  const summary = summarize(results, problems);
  if (options.format === 'json') {
    const skipped: SkippedFile[] = problems.map((p) => ({
      path: p.path,
      reason: p.code,
      message: describeProblem(t, p),
    }));
    io.stdout.write(formatLintJson(results, skipped, summary));
  } else {
    io.stdout.write(formatStylishSummary(summary, { t, colors }));
  }

  if (problems.some(isFailure)) return EXIT_FAILURE;
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
