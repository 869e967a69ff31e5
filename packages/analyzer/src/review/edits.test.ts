import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.js';
import type { TextEdit } from '../types.js';
import { EditResolver } from './edits.js';
import type { RelativeEdit } from './rule.js';

function apply(source: string, edits: TextEdit[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

function resolve(
  source: string,
  edit: (doc: ReturnType<typeof parseDocument>) => RelativeEdit,
  safe = false,
) {
  const document = parseDocument(source, { lang: 'fr' });
  const suggestion = new EditResolver(document).suggestion({ title: 't', edits: [edit(document)], safe });
  if (!suggestion) throw new Error('no suggestion');
  return { suggestion, result: apply(source, suggestion.edits), document };
}

const sentenceOf = (doc: ReturnType<typeof parseDocument>, prefix: string) =>
  doc.sentences.findIndex((s) => s.text.startsWith(prefix));

describe('EditResolver', () => {
  it('replaces a span of a sentence’s text on its source span', () => {
    const source = 'Il est **interdit** de publier.\n';
    const { result } = resolve(source, (doc) => ({
      kind: 'replace',
      sentence: 0,
      start: 0,
      end: doc.sentences[0].text.length - 1,
      text: 'Publiez',
    }));
    expect(result).toBe('Publiez.\n');
  });

  it('keeps a safe suggestion safe only when the replaced source is verbatim', () => {
    const verbatim = resolve(
      'Il est INTERDIT.\n',
      () => ({ kind: 'replace', sentence: 0, start: 7, end: 15, text: 'interdit' }),
      true,
    );
    expect(verbatim.suggestion.safe).toBe(true);
    expect(verbatim.result).toBe('Il est interdit.\n');
    const markup = resolve(
      'Il est IN**TERDIT**.\n',
      () => ({ kind: 'replace', sentence: 0, start: 7, end: 15, text: 'interdit' }),
      true,
    );
    expect(markup.suggestion.safe).toBeUndefined();
  });

  it('adds a sentence after another, with a stop when a list item has none', () => {
    const source = '- Ne publiez pas de photo\n- Autre chose\n';
    const { result } = resolve(source, () => ({
      kind: 'insert-after-sentence',
      sentence: 0,
      text: 'Vous pouvez publier un dessin.',
    }));
    expect(result).toBe('- Ne publiez pas de photo. Vous pouvez publier un dessin.\n- Autre chose\n');
  });

  it('adds a paragraph after a whole list, not between its items', () => {
    const source = '# A\n\n- un\n- deux\n\n# B\n';
    const { result } = resolve(source, (doc) => ({
      kind: 'insert-after-block',
      block: doc.sentences[sentenceOf(doc, 'un')].block,
      text: 'Ajout.',
    }));
    expect(result).toBe('# A\n\n- un\n- deux\n\nAjout.\n\n# B\n');
  });

  it('appends to a section’s own text, before its subsections, keeping CRLF line ends', () => {
    const source = '# A\r\n\r\nTexte de A.\r\n\r\n## A.1\r\n\r\nTexte.\r\n';
    const { result, document } = resolve(source, () => ({
      kind: 'append-to-section',
      section: 1,
      text: 'Ajout.',
    }));
    expect(document.sections[1].title).toBe('A');
    expect(result).toBe('# A\r\n\r\nTexte de A.\r\n\r\nAjout.\r\n\r\n## A.1\r\n\r\nTexte.\r\n');
  });

  it('appends a section with a heading at the usual level at the end of the document', () => {
    const { result } = resolve('# T\n\n## A\n\nTexte.', () => ({
      kind: 'append-to-document',
      heading: 'Valoriser',
      text: 'Bravo.',
    }));
    expect(result).toBe('# T\n\n## A\n\nTexte.\n\n## Valoriser\n\nBravo.\n');
  });

  it('writes HTML paragraphs, escaped, after the closing tag in HTML and in raw HTML inside Markdown', () => {
    const html = '<h2>A</h2>\n<p>Texte &amp; suite.</p>\n<h2>B</h2>\n';
    const document = parseDocument(html, { lang: 'fr', format: 'html' });
    const suggestion = new EditResolver(document).suggestion({
      title: 't',
      edits: [{ kind: 'append-to-section', section: 1, text: 'Vous & nous <3' }],
    });
    expect(apply(html, suggestion?.edits ?? [])).toBe(
      '<h2>A</h2>\n<p>Texte &amp; suite.</p>\n<p>Vous &amp; nous &lt;3</p>\n<h2>B</h2>\n',
    );
    const jekyll = '---\ntitle: T\n---\n<p>Un.</p>\n<h4>Deux</h4>\n<p>Texte.</p>\n';
    const { result } = resolve(jekyll, (doc) => ({
      kind: 'insert-after-block',
      block: doc.sentences[0].block,
      text: 'Ajout.',
    }));
    expect(result).toBe('---\ntitle: T\n---\n<p>Un.</p>\n<p>Ajout.</p>\n<h4>Deux</h4>\n<p>Texte.</p>\n');
  });
});
