import { loadCharter } from '@charte/analyzer';
import { defaultAnswers, generateCharter } from '@charte/templates';
import { describe, expect, it } from 'vitest';
import { demoteHeadings, folderToMarkdown, templateSources } from './charter-markdown.js';

describe('demoteHeadings', () => {
  it('moves every ATX heading one level down, H6 staying H6', () => {
    expect(demoteHeadings('# A\n\n## B\ntext\n### C\n###### F')).toBe(
      '## A\n\n### B\ntext\n#### C\n###### F',
    );
  });

  it('leaves fenced code, hashtags and #-words alone', () => {
    const source = '#hashtag\n\n```md\n## not a heading\n```\n\n~~~\n# nor this\n~~~\n## Real';
    expect(demoteHeadings(source)).toBe(
      '#hashtag\n\n```md\n## not a heading\n```\n\n~~~\n# nor this\n~~~\n### Real',
    );
  });
});

describe('folderToMarkdown', () => {
  const files = [
    {
      path: 'index.md',
      source: '---\ntitle: Ma charte\nlang: fr\n---\n\nPréambule.\n\n## Pourquoi\n\nParce que.\n',
    },
    {
      path: '01-introduction.md',
      source: '---\ntitle: Introduction\npart: introduction\norder: 1\n---\n\n## Objet\n\nTexte.\n',
    },
    {
      path: '02-encadrer.md',
      source: '---\ntitle: Encadrer\npart: encadrer\norder: 2\n---\n\nNous encadrons.\n',
    },
  ];

  it('writes the title, the preamble, then one H2 per part with their headings demoted', () => {
    expect(folderToMarkdown(files, 'fr')).toBe(
      '# Ma charte\n\nPréambule.\n\n### Pourquoi\n\nParce que.\n\n## Introduction\n\n### Objet\n\nTexte.\n\n## Encadrer\n\nNous encadrons.\n',
    );
  });

  it('round-trips through loadCharter: the same parts, in order', () => {
    const generated = generateCharter(defaultAnswers(['fr', 'en'], '2026-09-01'));
    for (const lang of ['fr', 'en'] as const) {
      const own = generated
        .filter((f) => f.path.startsWith(`${lang}/`))
        .map((f) => ({ ...f, path: f.path.slice(3) }));
      const folder = loadCharter(own, { lang }).editions[0];
      const single = loadCharter([{ path: `charte-${lang}.md`, source: folderToMarkdown(own, lang) }], {
        lang,
      }).editions[0];
      expect(single.title).toBe(folder.title);
      expect(single.parts.map((p) => p.title)).toEqual(folder.parts.map((p) => p.title));
      expect(single.parts.map((p) => p.key)).toEqual([
        'introduction',
        'encadrer',
        'communiquer',
        'eduquer',
        'valoriser',
      ]);
    }
  });
});

describe('templateSources', () => {
  it('gives one document per language, named for the organization', () => {
    const sources = templateSources(['fr', 'en'], '2026-09-01', 'École du Parc');
    expect(Object.keys(sources)).toEqual(['fr', 'en']);
    expect(sources.fr).toMatch(/^# Charte d’utilisation des médias sociaux — École du Parc\n/);
    expect(sources.en).toMatch(/^# Social Media Use Charter — École du Parc\n/);
    expect(sources.fr.match(/^## /gm)).toHaveLength(5);
    expect(sources.fr).not.toMatch(/^---$/m);
    const single = templateSources(['en'], '2026-09-01');
    expect(Object.keys(single)).toEqual(['en']);
    expect(single.en).toContain('Rivers School Service Centre');
  });
});
