import { analyze, type FrontMatter, type Lang, type Point, type Report } from '@charte/analyzer';
import type { ConfigProblem } from '../config/problems.js';
import { type ConfigInput, FRONT_MATTER_KEY, type ResolveConfig } from '../config/resolve.js';
import { applySafeSuggestions } from '../fix/apply.js';
import type { ResolvedConfig } from '../review/api.js';
import { type LintFileResult, type ResultOptions, toFileResult } from './lint-model.js';

/** Everything needed to review one text: plain data, so a worker thread can be handed it. */
export interface ReviewRequest {
  /** The path as shown (or `-`). */
  path: string;
  /** The path the format is guessed from; undefined for standard input. */
  formatPath?: string;
  lang?: Lang;
  /** What `resolveConfig` gets for this document, before its front matter is added. */
  config: ConfigInput;
  /** Apply the safe suggestions, round after round. */
  fix: boolean;
  keep: ResultOptions;
}

/** The review of one text. */
export interface ReviewedText {
  result: LintFileResult;
  /** The text after the fixes (the input when nothing was fixed). */
  text: string;
  /** Safe suggestions applied. */
  fixed: number;
  /** Problems that come from the front matter's `charte:` settings, and where that key is. */
  frontMatter: { problems: ConfigProblem[]; at: Point } | null;
}

/** As ESLint: a fix may make room for another, but never more than this many rounds. */
const MAX_FIX_PASSES = 10;

/**
 * Reviews one text, without any I/O: resolves its configuration (file settings, then front matter),
 * analyzes it, applies safe fixes when asked (re-analyzing after each round) and keeps what the
 * reporters need.
 *
 * @example
 * reviewText('# Charte\n\nNe CRIEZ PAS !!!', { path: 'a.md', config: {}, fix: true, keep: {} }, resolveConfig).text
 * // → '# Charte\n\nNe criez pas !'
 */
export function reviewText(
  source: string,
  request: ReviewRequest,
  resolveConfig: ResolveConfig,
): ReviewedText {
  const resolved = resolveConfig(request.config);
  const parse = { path: request.formatPath, lang: request.lang };
  const run = (text: string, config: ResolvedConfig): Report => analyze(text, { ...parse, config });

  let config = resolved.config;
  let report = run(source, config);
  let frontMatter: ReviewedText['frontMatter'] = null;
  const data = report.document.frontMatter;
  if (data !== null && Object.hasOwn(data.data, FRONT_MATTER_KEY)) {
    const withFrontMatter = resolveConfig({ ...request.config, frontMatter: data.data[FRONT_MATTER_KEY] });
    frontMatter = {
      problems: withFrontMatter.problems.filter((problem) => problem.layer === 'front-matter'),
      at: frontMatterKeyPoint(data, source),
    };
    config = withFrontMatter.config;
    report = run(source, config);
  }

  let text = source;
  let fixed = 0;
  if (request.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { text: next, applied } = applySafeSuggestions(text, report.diagnostics);
      if (applied.length === 0) break;
      fixed += applied.length;
      text = next;
      report = run(text, config);
    }
  }
  const result = toFileResult(request.path, report, request.keep);
  if (request.fix) result.fixed = fixed;
  if (config.minScore !== undefined) result.minScore = config.minScore;
  return { result, text, fixed, frontMatter };
}

/** The line of the `charte:` key in the front matter, else the front matter's first line. */
function frontMatterKeyPoint(frontMatter: FrontMatter, source: string): Point {
  const text = source.slice(frontMatter.start.offset, frontMatter.end.offset);
  const match = new RegExp(`^${FRONT_MATTER_KEY}\\s*:`, 'm').exec(text);
  if (!match) return frontMatter.start;
  const lines = text.slice(0, match.index).split(/\r\n|\r|\n/).length - 1;
  return { offset: frontMatter.start.offset + match.index, line: frontMatter.start.line + lines, column: 1 };
}
