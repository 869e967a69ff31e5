/**
 * A charter folder (as @charte/templates writes it) → one Markdown document per language, the form
 * the server stores: `# Title`, the index's body, then `## Part title` per part. Headings inside the
 * index and part bodies go one level down (## → ###) so that only the parts are H2 — which is how
 * `loadCharter` splits a single-file charter back into its parts.
 */
import { type CharterFile, type Lang, loadCharter } from '@charte/analyzer';
import { defaultAnswers, generateCharter } from '@charte/templates';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^( {0,3})(#{1,5})(?=[ \t]|$)/;

/** Every ATX heading one level down (H6 stays H6), leaving fenced code alone. */
export function demoteHeadings(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opening = FENCE.exec(line);
      if (fence !== null) {
        if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
        return line;
      }
      if (opening) {
        fence = opening[1];
        return line;
      }
      return line.replace(ATX, (_, indent: string, hashes: string) => `${indent}${hashes}#`);
    })
    .join('\n');
}

/** The files of one language of a charter folder → one Markdown document. */
export function folderToMarkdown(files: CharterFile[], lang: Lang): string {
  const charter = loadCharter(files, { lang });
  const edition = charter.editions.find((e) => e.lang === lang) ?? charter.editions[0];
  if (!edition) return '';
  const chunks = [`# ${edition.title}`];
  const preamble = edition.preamble.trim();
  if (preamble) chunks.push(demoteHeadings(preamble));
  for (const part of edition.parts) {
    chunks.push(`## ${part.title}`);
    const body = part.body.trim();
    if (body) chunks.push(demoteHeadings(body));
  }
  return `${chunks.join('\n\n')}\n`;
}

/**
 * The template charter for an organization, one Markdown document per language. `name` replaces
 * the template's example organization in every language.
 */
export function templateSources(langs: readonly Lang[], today: string, name?: string): Record<Lang, string> {
  const answers = defaultAnswers([...langs], today);
  if (name) answers.names = Object.fromEntries(langs.map((l) => [l, name]));
  const files = generateCharter(answers);
  const prefix = langs.length > 1;
  const sources = {} as Record<Lang, string>;
  for (const lang of langs) {
    const own = prefix
      ? files.filter((f) => f.path.startsWith(`${lang}/`)).map((f) => ({ ...f, path: f.path.slice(3) }))
      : files;
    sources[lang] = folderToMarkdown(own, lang);
  }
  return sources;
}
