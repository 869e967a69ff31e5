/**
 * Answers → a charter folder: an index and five parts per language, each a Markdown file with front
 * matter. Pure and deterministic: the same answers always give the same files, byte for byte.
 */
import { type CharterFile, type Lang, PART_KEYS, type PartKey } from '@charte/analyzer';
import { Document, isSeq } from 'yaml';
import type { CharterAnswers } from './answers.js';
import { englishEdition } from './content/en.js';
import { frenchEdition } from './content/fr.js';
import type { EditionText } from './content/markdown.js';
import { editionContext } from './context.js';

/** File names per language; the front matter `part` is always the canonical key. */
export const PART_FILES: Record<Lang, Record<PartKey, string>> = {
  fr: {
    introduction: '01-introduction.md',
    encadrer: '02-encadrer.md',
    communiquer: '03-communiquer.md',
    eduquer: '04-eduquer.md',
    valoriser: '05-valoriser.md',
  },
  en: {
    introduction: '01-introduction.md',
    encadrer: '02-framework.md',
    communiquer: '03-communication.md',
    eduquer: '04-education.md',
    valoriser: '05-recognition.md',
  },
};

const CATEGORIES: Record<Lang, { all: string[]; parts: Record<PartKey, string> }> = {
  fr: {
    all: ['médias sociaux', 'charte'],
    parts: {
      introduction: 'introduction',
      encadrer: 'encadrer',
      communiquer: 'communiquer',
      eduquer: 'éduquer',
      valoriser: 'valoriser',
    },
  },
  en: {
    all: ['social media', 'charter'],
    parts: {
      introduction: 'introduction',
      encadrer: 'frame',
      communiquer: 'communicate',
      eduquer: 'educate',
      valoriser: 'value',
    },
  },
};

const EDITIONS: Record<Lang, (answers: CharterAnswers) => EditionText> = {
  fr: (answers) => frenchEdition(editionContext(answers, 'fr')),
  en: (answers) => englishEdition(editionContext(answers, 'en')),
};

/**
 * Writes the charter the answers describe: `index.md` and `01-introduction.md` … `05-…md`, at the
 * root for one language, under `fr/` and `en/` for both (French first). Answers are expected to
 * have passed `charterAnswersSchema`.
 *
 * @example
 * generateCharter(defaultAnswers(['fr'], '2026-09-01')).map((f) => f.path)
 * // → ['index.md', '01-introduction.md', '02-encadrer.md', '03-communiquer.md', '04-eduquer.md', '05-valoriser.md']
 */
export function generateCharter(answers: CharterAnswers): CharterFile[] {
  const langs = (['fr', 'en'] as const).filter((lang) => answers.langs.includes(lang));
  const files: CharterFile[] = [];
  for (const lang of langs) {
    const prefix = langs.length > 1 ? `${lang}/` : '';
    const text = EDITIONS[lang](answers);
    const author = editionName(answers, lang);
    const categories = CATEGORIES[lang];
    files.push({
      path: `${prefix}index.md`,
      source: markdownFile(
        { title: text.index.title, date: answers.date, categories: categories.all, author, lang },
        text.index.body,
      ),
    });
    PART_KEYS.forEach((part, i) => {
      const { title, body } = text.parts[part];
      files.push({
        path: `${prefix}${PART_FILES[lang][part]}`,
        source: markdownFile(
          {
            title,
            date: answers.date,
            categories: [...categories.all, categories.parts[part]],
            author,
            lang,
            part,
            order: i + 1,
          },
          body,
        ),
      });
    });
  }
  return files;
}

function editionName(answers: CharterAnswers, lang: Lang): string {
  return (answers.names[lang] ?? answers.names.fr ?? answers.names.en ?? '').trim();
}

/** Front matter (YAML, strings quoted when they need it, lists inline as in the seed) and body. */
function markdownFile(meta: Record<string, unknown>, body: string): string {
  const doc = new Document(meta);
  const categories = doc.get('categories', true);
  if (isSeq(categories)) categories.flow = true;
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}\n`;
}
