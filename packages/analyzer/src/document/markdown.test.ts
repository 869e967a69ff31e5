import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../types.js';
import { parseDocument, sourceOffset } from './index.js';
import { documentProblems } from './invariants.js';

function raw(doc: CharterDocument, index: number): string {
  const s = doc.sentences[index];
  return doc.source.slice(s.start.offset, s.end.offset);
}

function texts(doc: CharterDocument): string[] {
  return doc.sentences.map((s) => s.text);
}

describe('Markdown inline markup', () => {
  const source = [
    'Un **paragraphe** avec un [lien](https://x.org "titre") et ![une image](a.png).',
    'Ligne deux `code *pas* emph` et <span class="x">html</span> &amp; d&rsquo;entité \\* étoile.',
    '',
    'Voir <https://example.org/a> ou <comms@example.org>, ~~jamais~~ toujours_ici et 5 * 3.',
  ].join('\n');
  const doc = parseDocument(source);

  it('strips markup and decodes entities in the text', () => {
    expect(texts(doc)).toEqual([
      'Un paragraphe avec un lien et une image.',
      'Ligne deux code *pas* emph et html & d’entité * étoile.',
      'Voir https://example.org/a ou comms@example.org, jamais toujours_ici et 5 * 3.',
    ]);
  });

  it('spans the raw source from the first to the last real character', () => {
    expect(raw(doc, 0)).toBe(
      'Un **paragraphe** avec un [lien](https://x.org "titre") et ![une image](a.png).',
    );
    expect(raw(doc, 1)).toBe(
      'Ligne deux `code *pas* emph` et <span class="x">html</span> &amp; d&rsquo;entité \\* étoile.',
    );
    expect(documentProblems(doc)).toEqual([]);
  });

  it('maps text back to the source through runs', () => {
    const second = doc.sentences[1];
    const quote = second.text.indexOf('’');
    expect(sourceOffset(second, quote, 'start')).toBe(source.indexOf('&rsquo;'));
    expect(sourceOffset(second, quote + 1, 'end')).toBe(source.indexOf('&rsquo;') + '&rsquo;'.length);
    const word = second.text.indexOf('entité');
    expect(source.slice(sourceOffset(second, word), sourceOffset(second, word + 6, 'end'))).toBe('entité');
  });

  it('keeps link reference definitions out of the text and resolves references', () => {
    const refs = parseDocument('Voir [la charte][ref] et [ref], pas [autre].\n\n[ref]: https://x.org "T"\n');
    expect(texts(refs)).toEqual(['Voir la charte et ref, pas [autre].']);
  });

  it('treats two trailing spaces and a backslash as hard breaks', () => {
    const hard = parseDocument('Voici :  \nRespecter autrui\\\n• Citer ses sources\n\n- Fin\\\n');
    expect(texts(hard)).toEqual(['Voici :', 'Respecter autrui', 'Citer ses sources', 'Fin\\']);
  });
});

describe('Markdown blocks', () => {
  const source = [
    '# Charte ##',
    '',
    'Intro.',
    '',
    '## Encadrer',
    '',
    '> Citation *importante*. Elle compte.',
    '',
    '- Élément un',
    '- [ ] tâche à faire',
    '  - sous-élément',
    '',
    '### Détails',
    '',
    '| Rôle | Tâche |',
    '|---|:---:|',
    '| Communications | Anime \\| modère |',
    '',
    '```',
    'const ignored = true.',
    '```',
    '',
    '    code indenté ignoré.',
    '',
    'Titre setext',
    '============',
    '',
    'Fin.',
  ].join('\n');
  const doc = parseDocument(source);

  it('gives each block its kind and depth', () => {
    expect(doc.blocks.map((b) => [b.kind, b.depth, doc.sentences[b.sentences[0]].text])).toEqual([
      ['heading', 1, 'Charte'],
      ['paragraph', 0, 'Intro.'],
      ['heading', 2, 'Encadrer'],
      ['quote', 0, 'Citation importante.'],
      ['listItem', 1, 'Élément un'],
      ['listItem', 1, 'tâche à faire'],
      ['listItem', 2, 'sous-élément'],
      ['heading', 3, 'Détails'],
      ['tableCell', 0, 'Rôle'],
      ['tableCell', 0, 'Tâche'],
      ['tableCell', 0, 'Communications'],
      ['tableCell', 0, 'Anime | modère'],
      ['heading', 1, 'Titre setext'],
      ['paragraph', 0, 'Fin.'],
    ]);
  });

  it('skips fenced and indented code', () => {
    expect(texts(doc).some((t) => t.includes('ignor'))).toBe(false);
  });

  it('builds the heading tree', () => {
    expect(doc.sections.map((s) => [s.title, s.level, s.parent, s.children, s.blocks])).toEqual([
      [null, 0, null, [1, 4], [0, 14]],
      ['Charte', 1, 0, [2], [0, 12]],
      ['Encadrer', 2, 1, [3], [2, 12]],
      ['Détails', 3, 2, [], [7, 12]],
      ['Titre setext', 1, 0, [], [12, 14]],
    ]);
    expect(doc.sentences.find((s) => s.text === 'Elle compte.')?.section).toBe(2);
    expect(doc.sections[2].end.offset).toBe(source.indexOf('modère') + 'modère'.length);
  });

  it('points headings and cells at their text, not their markers', () => {
    expect(raw(doc, 0)).toBe('Charte');
    expect(doc.sentences[0].start).toEqual({ offset: 2, line: 1, column: 3 });
    const cell = doc.sentences.find((s) => s.text === 'Anime | modère');
    expect(cell && source.slice(cell.start.offset, cell.end.offset)).toBe('Anime \\| modère');
    expect(documentProblems(doc)).toEqual([]);
  });

  it('marks a block that introduces a list or a table', () => {
    const intro = parseDocument(
      'Règles :\n\n- Un\n- Deux :\n  - Trois\n\nTableau :\n\n| A |\n|---|\n| B |\n\nFin :\n',
    );
    expect(intro.blocks.map((b) => b.introducesList)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('raw HTML in Markdown', () => {
  it('reads HTML blocks with parse5 and keeps offsets', () => {
    const source =
      'Avant.\n\n<div class="note">\n<p>Un <b>mot</b> d&rsquo;abord.<br>Ensuite.</p>\n</div>\n\nAprès.';
    const doc = parseDocument(source);
    expect(texts(doc)).toEqual(['Avant.', 'Un mot d’abord.', 'Ensuite.', 'Après.']);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(raw(doc, 1)).toBe('Un <b>mot</b> d&rsquo;abord.');
    expect(documentProblems(doc)).toEqual([]);
  });

  it('reads an indented code block that starts with a tag as HTML', () => {
    const source = 'Intro.\n\n\t\t<p>Texte indenté d&rsquo;un CMS.</p>\n\t\t<ul><li>Un</li></ul>\n';
    const doc = parseDocument(source);
    expect(texts(doc)).toEqual(['Intro.', 'Texte indenté d’un CMS.', 'Un']);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'listItem']);
  });

  it('keeps quote markers out of an HTML block inside a quote', () => {
    const doc = parseDocument('> <div>\n> Texte cité.\n> </div>\n');
    expect(texts(doc)).toEqual(['Texte cité.']);
    expect(doc.blocks[0].kind).toBe('quote');
    expect(raw(doc, 0)).toBe('Texte cité.');
  });

  it('skips scripts, styles and comments', () => {
    const doc = parseDocument(
      '<script>var a = "Non.";</script>\n\n<style>p { x: 1 }</style>\n\n<!-- Commentaire. -->\n\nTexte.',
    );
    expect(texts(doc)).toEqual(['Texte.']);
  });
});
