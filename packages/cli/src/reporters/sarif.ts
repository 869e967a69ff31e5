import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity, Suggestion } from '@charte/analyzer';
import type * as Sarif from 'sarif';
import type { LintFileResult } from '../commands/lint-model.js';
import { STDIN_PATH } from '../display-path.js';
import type { Translator } from '../i18n/index.js';
import type { RuleInfo } from './rules.js';

/** Where relative artifact URIs start from: the working folder of the run. */
const SRCROOT = 'SRCROOT';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifContext {
  t: Translator;
  /** The rules to describe in `tool.driver.rules` (see `rulesOfRun`). */
  rules: readonly RuleInfo[];
  /** The command's version. */
  version: string;
  /** The working folder: artifact URIs are relative to it. */
  cwd: string;
}

/**
 * The run as a SARIF 2.1.0 log, for code scanning tools (GitHub, Azure DevOps, IDE viewers): the
 * rules with their description, default level and help page; one result per diagnostic with its
 * level, message and region (lines and columns 1-based, `endColumn` exclusive, `charOffset` /
 * `charLength` in UTF-16 code units, as `columnKind` says); suggestions as fixes.
 *
 * @example
 * JSON.parse(formatSarif(results, { t, rules, version: '0.1.0', cwd: process.cwd() })).runs[0].results.length
 */
export function formatSarif(results: readonly LintFileResult[], ctx: SarifContext): string {
  return `${JSON.stringify(toSarifLog(results, ctx), null, 2)}\n`;
}

/**
 * The SARIF log as an object (see `formatSarif`).
 *
 * @example
 * toSarifLog([], ctx).version // → '2.1.0'
 */
export function toSarifLog(results: readonly LintFileResult[], ctx: SarifContext): Sarif.Log {
  const ruleIndex = new Map(ctx.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'charte',
            version: ctx.version,
            semanticVersion: ctx.version,
            rules: ctx.rules.map(toDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => {
          const location = artifactLocation(ctx, result.path);
          return result.diagnostics.map((d) => toResult(d, location, ruleIndex.get(d.ruleId)));
        }),
      },
    ],
  };
}

function toDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    shortDescription: { text: rule.description ?? rule.id },
    defaultConfiguration: { level: LEVELS[rule.severity] },
  };
  if (rule.url !== null && isAbsoluteUrl(rule.url)) descriptor.helpUri = rule.url;
  return descriptor;
}

function toResult(d: Diagnostic, location: Sarif.ArtifactLocation, index: number | undefined): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: d.ruleId,
    level: LEVELS[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: d.start.line,
            startColumn: d.start.column,
            endLine: d.end.line,
            endColumn: d.end.column,
            charOffset: d.start.offset,
            charLength: Math.max(0, d.end.offset - d.start.offset),
          },
        },
      },
    ],
  };
  if (index !== undefined) result.ruleIndex = index;
  if (d.label) result.properties = { label: d.label };
  const fixes = (d.suggestions ?? []).filter((s) => s.edits.length > 0).map((s) => toFix(s, location));
  if (fixes.length > 0) result.fixes = fixes;
  return result;
}

function toFix(suggestion: Suggestion, location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: suggestion.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: suggestion.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
          insertedContent: { text: edit.text },
        })),
      },
    ],
    ...(suggestion.safe ? { properties: { safe: true } } : {}),
  };
}

/**
 * The file as a URI relative to the working folder (forward slashes, each segment percent-encoded);
 * standard input has no URI, only a description.
 */
function artifactLocation(ctx: SarifContext, path: string): Sarif.ArtifactLocation {
  if (path === STDIN_PATH) return { description: { text: ctx.t.t('input.stdinName') } };
  const absolute = resolve(ctx.cwd, path);
  const rel = relative(ctx.cwd, absolute);
  // Another drive (Windows): no relative form exists.
  if (isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function isAbsoluteUrl(text: string): boolean {
  try {
    return new URL(text).protocol !== '';
  } catch {
    return false;
  }
}
