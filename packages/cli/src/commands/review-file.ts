import type { Lang } from '@charte/analyzer';
import type { ConfigProvider } from '../config/provider.js';
import type { ResolveConfig } from '../config/resolve.js';
import type { Context } from '../context.js';
import { displayPath, STDIN_PATH } from '../display-path.js';
import type { InputProblem } from '../errors.js';
import { unifiedDiff } from '../fix/diff.js';
import { ChangedOnDiskError, writeFileAtomic } from '../fix/write.js';
import type { Target } from '../input/expand.js';
import type { LintFileResult, ResultOptions } from './lint-model.js';
import { readInput } from './read-input.js';
import { type ReviewedText, type ReviewRequest, reviewText } from './review-text.js';

/** `--fix` writes the fixed text; `--fix-dry-run` only computes it (for a diff). */
export type FixMode = 'off' | 'write' | 'dry-run';

export interface ReviewFileOptions {
  lang: Lang | 'auto';
  maxSize: number;
  fix: FixMode;
  keep: ResultOptions;
}

/** Where the pure part of the review runs: here, or on a worker thread. */
export type ReviewRunner = (source: string, request: ReviewRequest) => Promise<ReviewedText>;

/** What became of one target. */
export type FileOutcome =
  | { kind: 'reviewed'; result: LintFileResult; diff: string; failed: boolean }
  | { kind: 'problem'; problem: InputProblem }
  /** Its configuration file is unusable; that was already said. */
  | { kind: 'no-config' };

/** Runs the review on this thread. */
export function localRunner(resolveConfig: ResolveConfig): ReviewRunner {
  return async (source, request) => reviewText(source, request, resolveConfig);
}

/**
 * One document through the whole review: read it, find its configuration, review it (see
 * `reviewText`: front matter settings, analysis, safe fixes), then write the fixed text atomically
 * (`fix: 'write'`) or diff it (`'dry-run'`). Problems are said through `say`.
 *
 * @example
 * const outcome = await reviewFile(ctx, target, configs, run, { lang: 'auto', maxSize, fix: 'off', keep: {} }, say);
 * if (outcome.kind === 'reviewed') outcome.result.review?.scores.overall // → 54
 */
export async function reviewFile(
  ctx: Context,
  target: Target,
  configs: ConfigProvider,
  run: ReviewRunner,
  options: ReviewFileOptions,
  say: (line: string) => void,
): Promise<FileOutcome> {
  const { t } = ctx;
  if (target.kind === 'problem') return { kind: 'problem', problem: target.problem };
  const path = target.kind === 'stdin' ? STDIN_PATH : target.path;
  const input = await readInput(ctx, path, options.maxSize);
  if (!input.ok) return { kind: 'problem', problem: input.problem };
  const base = await configs.forDocument(target.kind === 'file' ? target.absolutePath : null);
  if (base === null) return { kind: 'no-config' };

  const request: ReviewRequest = {
    path,
    formatPath: target.kind === 'file' ? target.path : undefined,
    lang: options.lang === 'auto' ? undefined : options.lang,
    config: base.input,
    fix: options.fix !== 'off',
    keep: options.keep,
  };
  let reviewed = await run(input.text, request);
  if (reviewed.frontMatter) {
    configs.reportFrontMatter(reviewed.frontMatter.problems, displayPath(t, path), reviewed.frontMatter.at);
  }

  let failed = false;
  if (reviewed.fixed > 0 && options.fix === 'write' && target.kind === 'file') {
    try {
      await writeFileAtomic(target.absolutePath, reviewed.text, { text: input.text, bom: input.bom });
    } catch (error) {
      failed = true;
      say(
        error instanceof ChangedOnDiskError
          ? t.t('fix.changed', { path })
          : t.t('fix.writeError', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
      );
      // The file on disk is still the original: report on that.
      reviewed = await run(input.text, { ...request, fix: false });
      reviewed.result.fixed = 0;
    }
  }
  const diff = options.fix === 'dry-run' ? unifiedDiff(displayPath(t, path), input.text, reviewed.text) : '';
  return { kind: 'reviewed', result: reviewed.result, diff, failed };
}
