import type { ConfigProblem, Point } from '@charte/analyzer';
import type { Translator } from '../i18n/index.js';
import type { JsonSyntaxError } from './json-source.js';

export type { ConfigProblem };

/**
 * The one stderr line for a configuration problem: the file and place, the severity, the path of
 * the value and the message in the UI language. `prefix` names the key the layer hangs from (`charte`
 * for front matter settings).
 *
 * @example
 * configProblemLine(t, 'charte.config.json', { line: 4, column: 5, offset: 40 }, problem)
 * // → 'charte: charte.config.json:4:5: warning: rules.tone/balanse: unknown rule …'
 */
export function configProblemLine(
  t: Translator,
  file: string,
  at: Point,
  problem: ConfigProblem,
  prefix?: string,
): string {
  const path =
    prefix === undefined
      ? problem.path
      : problem.segments.length === 0
        ? prefix
        : `${prefix}.${problem.path}`;
  return t.t('config.problem', {
    path: file,
    line: at.line,
    column: at.column,
    severity: t.t(`severity.${problem.severity}`),
    jsonPath: path,
    message: problem.message[t.lang],
  });
}

/**
 * The one stderr line for a configuration file that is not JSON.
 *
 * @example
 * jsonErrorLine(t, 'charte.config.json', { code: 'trailing-comma', at: { line: 3, column: 1, offset: 30 }, found: '}' })
 * // → "charte: charte.config.json:3:1: not valid JSON: a comma before '}': remove the last comma"
 */
export function jsonErrorLine(t: Translator, file: string, error: JsonSyntaxError): string {
  const found = error.found === null ? t.t('json.found.end') : t.t('json.found.char', { char: error.found });
  return t.t('config.invalidJson', {
    path: file,
    line: error.at.line,
    column: error.at.column,
    message: t.t(`json.${error.code}`, { found }),
  });
}
