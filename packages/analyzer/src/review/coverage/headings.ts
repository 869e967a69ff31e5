import type { Lang, Section } from '../../types.js';
import type { HeadingPatterns } from './detector.js';
import { foldHeading } from './text.js';

const LANGS: readonly Lang[] = ['fr', 'en'];
/** Share of a parent's heading support that its subsections keep. */
const INHERITED = 0.75;

/**
 * The folded title of each section, or null for the root and for the document's title (the only
 * level-1 heading names the whole charter, not one of its parts).
 *
 * @example
 * sectionTitles(report.document.sections) // → [null, null, 'encadrer', 'communiquer', …]
 */
export function sectionTitles(sections: readonly Section[]): (string | null)[] {
  let topLevel = 0;
  for (const section of sections) if (section.level === 1) topLevel++;
  return sections.map((section) =>
    section.title === null || (section.level === 1 && topLevel === 1) ? null : foldHeading(section.title),
  );
}

/** How strongly one folded title names a topic: 1 (names it), 0.5 (names the topic around it), 0. */
export function headingStrength(title: string | null, patterns: Record<Lang, HeadingPatterns>): number {
  if (title === null) return 0;
  let best = 0;
  for (const lang of LANGS) {
    const p = patterns[lang];
    if (p.not?.test(title)) continue;
    if (p.strong.test(title)) return 1;
    if (p.topic?.test(title)) best = 0.5;
  }
  return best;
}

/**
 * Heading support of every section: its own heading's strength, or three quarters of its parent's
 * support (a subsection of "Droit à l'image" is still about image rights, a little less surely).
 *
 * @example
 * headingSupport(sections, titles, imageConsent.headings) // → [0, 0, 1, 0.75, …]
 */
export function headingSupport(
  sections: readonly Section[],
  titles: readonly (string | null)[],
  patterns: Record<Lang, HeadingPatterns>,
): number[] {
  const support = new Array<number>(sections.length).fill(0);
  for (let i = 0; i < sections.length; i++) {
    const parent = sections[i].parent;
    const inherited = parent !== null && parent < i ? support[parent] * INHERITED : 0;
    support[i] = Math.max(headingStrength(titles[i] ?? null, patterns), inherited);
  }
  return support;
}
