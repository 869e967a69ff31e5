import { relative, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from '@charte/analyzer';
import type { LintFileResult } from '../commands/lint-model.js';
import { STDIN_PATH } from '../display-path.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A workflow command's message: `%`, CR and LF percent-encoded, as the Actions runner decodes them.
 *
 * @example
 * escapeData('50% off\nnow') // → '50%25 off%0Anow'
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A workflow command's property value: as `escapeData`, plus `:` and `,`, which separate properties.
 *
 * @example
 * escapeProperty('a,b: c') // → 'a%2Cb%3A c'
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Diagnostics as GitHub Actions annotations, one workflow command per line:
 * `::warning file=docs/charte.md,line=3,col=5,endLine=3,endColumn=19,title=tone/shouting::message`.
 * Paths are relative to the working folder (the repository root in a workflow); columns are given
 * only when the span stays on one line (GitHub ignores them otherwise), `endColumn` inclusive;
 * suggestion titles follow the message on their own lines.
 *
 * @example
 * formatGithub(results, process.cwd()) // → '::warning file=charte.md,line=12,col=1,…::…\n'
 */
export function formatGithub(results: readonly LintFileResult[], cwd: string): string {
  let out = '';
  for (const result of results) {
    const file = result.path === STDIN_PATH ? null : toPosix(relative(cwd, resolve(cwd, result.path)));
    for (const d of result.diagnostics) out += `${annotation(d, file)}\n`;
  }
  return out;
}

function annotation(d: Diagnostic, file: string | null): string {
  const properties: string[] = [];
  if (file !== null) properties.push(`file=${escapeProperty(file)}`);
  // The end is exclusive: a span ending at column 1 ends on the line before.
  const endLine = d.end.column === 1 && d.end.line > d.start.line ? d.end.line - 1 : d.end.line;
  properties.push(`line=${d.start.line}`);
  if (endLine === d.start.line) {
    properties.push(`col=${d.start.column}`, `endLine=${endLine}`);
    properties.push(`endColumn=${Math.max(d.start.column, d.end.column - 1)}`);
  } else {
    properties.push(`endLine=${endLine}`);
  }
  properties.push(`title=${escapeProperty(d.ruleId)}`);
  const suggestions = (d.suggestions ?? []).map((s) => `\n→ ${s.title}`).join('');
  return `::${COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message + suggestions)}`;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
