/**
 * @charte/cli — the `charte` command as a library: run it in-process with your own streams, or
 * reuse its reporters on analyzer results.
 */

export type { ClassifyOptions } from './commands/classify.js';
export type { DiffOptions, DiffPair } from './commands/diff.js';
export { LINT_FORMATS, type LintFormat, type LintOptions } from './commands/lint.js';
export type {
  BlockView,
  DocumentView,
  LintFileResult,
  LintSentence,
  LintSummary,
  ResultOptions,
} from './commands/lint-model.js';
export { summarize, toFileResult } from './commands/lint-model.js';
export type { ScoreOptions } from './commands/score.js';
export type { InputProblem, InputProblemCode } from './errors.js';
export { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type ExitCode } from './exit-codes.js';
export { createTranslator, pickUiLang, type Translator, type UiLang } from './i18n/index.js';
export { type BufferIo, type BufferIoOptions, bufferIo, type Io, processIo } from './io.js';
export { formatSize, parseSize } from './options/size.js';
export { type ClassifiedLine, formatClassifyJsonl } from './reporters/classify-jsonl.js';
export { formatClassifyText } from './reporters/classify-text.js';
export { colorsFor, wantsColor } from './reporters/colors.js';
export { DIFF_JSON_VERSION, type DiffJson, formatDiffJson } from './reporters/diff-json.js';
export { type DiffStylishContext, formatDiffStylish } from './reporters/diff-stylish.js';
export { escapeData, escapeProperty, formatGithub } from './reporters/github.js';
export { formatHtml, type HtmlContext } from './reporters/html/index.js';
export { formatLintJson, LINT_JSON_VERSION, type LintJson, type SkippedFile } from './reporters/lint-json.js';
export { formatStylishFile, formatStylishSummary } from './reporters/lint-stylish.js';
export { type RuleInfo, rulesOfRun } from './reporters/rules.js';
export { formatSarif, type SarifContext, toSarifLog } from './reporters/sarif.js';
export { formatScoreJson, SCORE_JSON_VERSION, type ScoreJson } from './reporters/score-json.js';
export { formatScoreText } from './reporters/score-text.js';
export { type CapturedRun, run, runCaptured } from './run.js';
