import { relative, resolve, sep } from 'node:path';
import type { Lang } from '@charte/analyzer';
import { ConfigProvider, configMode } from '../config/provider.js';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { describeProblem, type InputProblem, isFailure, problemLine, UsageError } from '../errors.js';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { expandTargets } from '../input/expand.js';
import { IgnoreRules } from '../input/ignore.js';
import { forEachOrdered } from '../input/ordered.js';
import { type Breach, breaches } from '../limits.js';
import { poolSize, startPool } from '../pool/pool.js';
import { createProgress, wantsProgress } from '../progress.js';
import { colorsFor } from '../reporters/colors.js';
import { formatGithub } from '../reporters/github.js';
import { formatHtml } from '../reporters/html/index.js';
import { formatLintJson, type SkippedFile } from '../reporters/lint-json.js';
import { formatStylishFile, formatStylishSummary } from '../reporters/lint-stylish.js';
import { rulesOfRun } from '../reporters/rules.js';
import { formatSarif } from '../reporters/sarif.js';
import { resolveConfig } from '../review/api.js';
import { ruleCatalog } from '../review/rule-catalog.js';
import { packageVersion } from '../version.js';
import { findCharterFolders, isCharterFolder, reviewCharterFolder } from './charter-folder.js';
import type { LintFileResult } from './lint-model.js';
import { summarize } from './lint-model.js';
import { openDestination } from './output.js';
import { type FileOutcome, type FixMode, localRunner, reviewFile } from './review-file.js';

/** The report formats of `charte lint`. */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintOptions {
  files: string[];
  format: LintFormat;
  lang: Lang | 'auto';
  sentences: boolean;
  maxSize: number;
  /** Write the report to this file instead of standard output. */
  output?: string;
  /** A configuration file to use instead of looking one up; false: none at all (`--no-config`). */
  config?: string | false;
  /** `--fix` (write) or `--fix-dry-run` (diff only). */
  fix?: FixMode;
  /** More warnings than this fail the run. */
  maxWarnings?: number;
  /** A document's balance below this fails the run. */
  minBalance?: number;
}

/** Files read at once: enough to overlap disk waits, few enough to keep memory flat. */
const READ_CONCURRENCY = 4;

/**
 * `charte lint`: reviews each document (each on its own: one bad file does not stop the others) with
 * its configuration, optionally fixes it, and reports in the chosen format, in the order of the
 * arguments. Exit code: 2 if an input, a configuration, a fix or the report could not be read or
 * written; else 1 if an error-severity diagnostic or a limit (`maxWarnings`, `minBalance`) is hit;
 * else 0. With `fix: 'dry-run'` the report is the unified diff of the fixes.
 *
 * @example
 * await lintCommand(ctx, { files: ['docs/'], format: 'stylish', lang: 'auto', sentences: false, maxSize: 10 * 1024 ** 2 })
 */
export async function lintCommand(ctx: Context, options: LintOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  const fix = options.fix ?? 'off';
  if (options.files.length === 0) throw new UsageError(t.t('usage.noFiles'), 'charte lint');
  if (fix === 'dry-run' && options.format !== 'stylish') {
    throw new UsageError(t.t('usage.dryRunFormat', { format: options.format }), 'charte lint');
  }
  const ignore = new IgnoreRules(io.cwd);
  // A folder of part files is one charter: it is reviewed as a whole, after the other documents,
  // whether it is named on the command line or found inside a folder that is.
  const charterFolders: string[] = [];
  const plain: string[] = [];
  for (const arg of options.files) {
    const absolute = resolve(io.cwd, arg);
    if (arg !== '-' && (await isCharterFolder(absolute))) charterFolders.push(arg);
    else {
      plain.push(arg);
      const inside = arg === '-' ? [] : await findCharterFolders(absolute);
      charterFolders.push(...inside.map((folder) => relative(io.cwd, folder) || '.'));
    }
  }
  const inCharter = (path: string) =>
    charterFolders.some((folder) => path.startsWith(resolve(io.cwd, folder) + sep));
  const targets = (plain.length > 0 ? await expandTargets(plain, io.cwd, ignore) : []).filter(
    (target) => target.kind !== 'file' || !inCharter(target.absolutePath),
  );
  const stdinTargets = targets.filter((target) => target.kind === 'stdin').length;
  if (stdinTargets > 1) throw new UsageError(t.t('usage.stdinTwice'), 'charte lint');
  if (stdinTargets > 0 && fix === 'write') throw new UsageError(t.t('usage.fixStdin'), 'charte lint');

  const destination = openDestination(io, options.output);
  const progress = createProgress(
    io.stderr,
    targets.length + charterFolders.length,
    wantsProgress({
      stderr: io.stderr,
      stdout: io.stdout,
      env: io.env,
      total: targets.length + charterFolders.length,
      toFile: options.output !== undefined,
    }),
  );
  const say = (line: string) => progress.write(io.stderr, `${line}\n`);
  const print = (text: string) =>
    destination.stream ? progress.write(destination.stream, text) : destination.add(text);
  const configs = new ConfigProvider({ t, cwd: io.cwd, say }, configMode(options.config), resolveConfig);
  // A report written to a file gets no colors.
  const colors = colorsFor(destination.stream ?? { write: () => {} }, destination.stream ? io.env : {});

  const results: LintFileResult[] = [];
  const problems: InputProblem[] = [];
  let failed = false;
  const emit = (outcome: FileOutcome) => {
    if (outcome.kind === 'problem') {
      problems.push(outcome.problem);
      say(problemLine(t, outcome.problem));
      progress.tick(outcome.problem.path);
      return;
    }
    progress.tick(outcome.kind === 'reviewed' ? outcome.result.path : '');
    // A document whose configuration file is unusable: that was said once, for the file.
    if (outcome.kind === 'no-config') {
      failed = true;
      return;
    }
    const { result } = outcome;
    failed ||= outcome.failed;
    results.push(result);
    for (const d of result.inputErrors) {
      const path = displayPath(t, result.path);
      say(t.t('input.diagnostic', { path, line: d.start.line, column: d.start.column, message: d.message }));
    }
    if (fix === 'dry-run') print(outcome.diff);
    else if (options.format === 'stylish') print(formatStylishFile(result, { t, colors }));
  };
  const reviewOptions = {
    lang: options.lang,
    maxSize: options.maxSize,
    fix,
    keep: { sentences: options.sentences, view: options.format === 'html' },
  };
  const local = localRunner(resolveConfig);
  const pool = startPool(poolSize(io.env), local);
  try {
    await forEachOrdered(
      targets,
      // Enough documents in flight to keep every worker busy while others are read.
      Math.max(READ_CONCURRENCY, (pool?.size ?? 0) * 2),
      (target) => reviewFile(ctx, target, configs, pool?.run ?? local, reviewOptions, say),
      emit,
    );
  } finally {
    await pool?.close();
  }
  for (const folder of charterFolders) {
    for (const outcome of await reviewCharterFolder(ctx, folder, configs, ignore, reviewOptions, say)) {
      emit(outcome);
    }
  }
  progress.done();

  const summary = summarize(results, problems);
  if (fix === 'dry-run') {
    if (summary.fixed > 0) {
      const files = t.plural('stylish.files', results.filter((r) => (r.fixed ?? 0) > 0).length);
      say(t.plural('fix.dryRun', summary.fixed, { files }));
    }
  } else {
    print(formatReport(ctx, options.format, results, problems, summary, colors));
  }
  const cannotWrite = (reason: string) =>
    t.t('usage.prefix', { message: t.t('usage.writeOutput', { path: options.output ?? '', reason }) });
  if (!(await destination.close(say, cannotWrite))) failed = true;

  const found = breaches(results, summary, {
    maxWarnings: options.maxWarnings,
    minBalance: options.minBalance,
  });
  for (const breach of found) {
    const line = breachLine(ctx, breach);
    if (line !== null) say(line);
  }
  if (failed || configs.failed || problems.some(isFailure)) return EXIT_FAILURE;
  return found.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function formatReport(
  ctx: Context,
  format: LintFormat,
  results: readonly LintFileResult[],
  problems: readonly InputProblem[],
  summary: ReturnType<typeof summarize>,
  colors: ReturnType<typeof colorsFor>,
): string {
  const { io, t } = ctx;
  switch (format) {
    case 'stylish':
      return formatStylishSummary(summary, { t, colors });
    case 'json': {
      const skipped: SkippedFile[] = problems.map((p) => ({
        path: p.path,
        reason: p.code,
        message: describeProblem(t, p),
      }));
      return formatLintJson(results, skipped, summary);
    }
    case 'sarif':
      return formatSarif(results, {
        t,
        rules: rulesOfRun(ruleCatalog(t.lang), results),
        version: packageVersion(),
        cwd: io.cwd,
      });
    case 'github':
      return formatGithub(results, io.cwd);
    case 'html':
      return formatHtml(results, summary, { t, version: packageVersion() });
  }
}

/** The stderr line for a limit gone over; errors need none (they are in the report). */
function breachLine({ t }: Context, breach: Breach): string | null {
  switch (breach.kind) {
    case 'errors':
      return null;
    case 'max-warnings':
      return t.plural('limits.maxWarnings', breach.count, { max: breach.max });
    case 'min-balance':
      return t.t('limits.minBalance', {
        path: displayPath(t, breach.path),
        score: breach.score,
        min: breach.min,
      });
    case 'min-score':
      return t.t('limits.minScore', {
        path: displayPath(t, breach.path),
        score: breach.score,
        min: breach.min,
      });
  }
}
