import type { Lang } from '../types.js';
import { type FrontMatterProblem, MAX_FRONT_MATTER_LENGTH } from './front-matter.js';

/**
 * The document model's messages, in French and English: what was found, what is expected.
 */

/**
 * Message for a front matter problem, in the document's language.
 *
 * @example
 * frontMatterMessage({ kind: 'language', start: 0, end: 5, detail: 'js' }, 1, 'en');
 * // 'Front matter "---js" was not read: only YAML is accepted, and nothing was run.'
 */
export function frontMatterMessage(problem: FrontMatterProblem, line: number, lang: Lang): string {
  const detail = trimEnd(problem.detail);
  switch (problem.kind) {
    case 'language':
      return lang === 'fr'
        ? `En-tête « ---${problem.detail} » non lu : seul le YAML est accepté, et rien n’a été exécuté.`
        : `Front matter "---${problem.detail}" was not read: only YAML is accepted, and nothing was run.`;
    case 'too-large':
      return lang === 'fr'
        ? `En-tête YAML non lu : ${detail} caractères, pour ${MAX_FRONT_MATTER_LENGTH} au plus.`
        : `YAML front matter was not read: ${detail} characters, for at most ${MAX_FRONT_MATTER_LENGTH}.`;
    case 'not-mapping':
      return lang === 'fr'
        ? 'En-tête YAML non lu : il doit associer des clés à des valeurs (par exemple « title: … »).'
        : 'YAML front matter was not read: it must map keys to values (for example "title: …").';
    default:
      return lang === 'fr'
        ? `En-tête YAML mal formé à la ligne ${line} : ${detail}.`
        : `Malformed YAML front matter at line ${line}: ${detail}.`;
  }
}

/**
 * Message for a document the parser could not read at all (a defect, reported rather than thrown).
 *
 * @example
 * parseFailureMessage('boom', 'fr'); // 'Le document n’a pas pu être analysé : boom.'
 */
export function parseFailureMessage(detail: string, lang: Lang): string {
  const text = trimEnd(detail);
  return lang === 'fr'
    ? `Le document n’a pas pu être analysé : ${text}.`
    : `The document could not be parsed: ${text}.`;
}

function trimEnd(detail: string): string {
  return detail.replace(/[\s.:]+$/, '');
}
