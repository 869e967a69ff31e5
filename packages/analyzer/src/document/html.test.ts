import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { documentProblems } from './invariants.js';

function blocks(source: string): [string, number, string[]][] {
  const doc = parseDocument(source, { format: 'html' });
  expect(documentProblems(doc)).toEqual([]);
  return doc.blocks.map((b) => [
    b.kind,
    b.depth,
    doc.sentences.slice(b.sentences[0], b.sentences[1]).map((s) => s.text),
  ]);
}

describe('HTML files', () => {
  it('parses unbalanced HTML as browsers do', () => {
    const source =
      '<!doctype html><html><head><title>Titre</title><style>p { color: red }</style></head>' +
      '<body><h1>Charte</h1><p>Un <b>texte<p>Deux &eacute;l&egrave;ves &copy 2024.' +
      '<ul><li>Un<li>Deux<ul><li>Trois</ul></ul><div>Reste</span> ici</div>';
    const doc = parseDocument(source);
    expect(doc.format).toBe('html');
    expect(documentProblems(doc)).toEqual([]);
    expect(blocks(source)).toEqual([
      ['heading', 1, ['Charte']],
      ['paragraph', 0, ['Un texte']],
      ['paragraph', 0, ['Deux élèves © 2024.']],
      ['listItem', 1, ['Un']],
      ['listItem', 1, ['Deux']],
      ['listItem', 2, ['Trois']],
      ['html', 0, ['Reste ici']],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual([null, 'Charte']);
  });

  it('maps decoded entities back to their exact source', () => {
    const source = '<p>Nous encourageons l&rsquo;usage &amp; le partage.</p>';
    const doc = parseDocument(source, { format: 'html' });
    const [sentence] = doc.sentences;
    expect(sentence.text).toBe('Nous encourageons l’usage & le partage.');
    expect(source.slice(sentence.start.offset, sentence.end.offset)).toBe(
      'Nous encourageons l&rsquo;usage &amp; le partage.',
    );
    expect(sentence.runs.map((r) => sentence.text.slice(r.textStart, r.textStart + r.length))).toEqual([
      'Nous encourageons l',
      'usage ',
      ' le partage.',
    ]);
  });

  it('gives table cells, quotes and definitions their kind', () => {
    expect(
      blocks(
        '<table><tr><th>Rôle</th><td>Anime les comptes.</td></tr></table>' +
          '<blockquote><p>Une citation.</p></blockquote><dl><dt>Terme</dt><dd>Sa définition.</dd></dl>',
      ),
    ).toEqual([
      ['tableCell', 0, ['Rôle']],
      ['tableCell', 0, ['Anime les comptes.']],
      ['quote', 0, ['Une citation.']],
      ['paragraph', 0, ['Terme']],
      ['paragraph', 0, ['Sa définition.']],
    ]);
  });

  it('skips scripts, styles, templates, comments and preformatted code', () => {
    expect(
      blocks(
        '<p>Avant.</p><script>if (a < b) alert("Non.")</script><template><p>Modèle.</p></template>' +
          '<!-- Commentaire. --><pre>code. Ignoré.</pre><noscript>Activez JS.</noscript><p>Après.</p>',
      ),
    ).toEqual([
      ['paragraph', 0, ['Avant.']],
      ['paragraph', 0, ['Après.']],
    ]);
  });

  it('treats <br> as a line break inside one block', () => {
    expect(blocks('<p>Première ligne<br>deuxième ligne.<br/>Troisième.</p>')).toEqual([
      ['paragraph', 0, ['Première ligne deuxième ligne.', 'Troisième.']],
    ]);
  });

  it('keeps order and offsets when text is moved out of a table', () => {
    const source = '<table>avant<tr><td>cellule</td></tr>après</table><p>Fin.</p>';
    const doc = parseDocument(source, { format: 'html' });
    expect(documentProblems(doc)).toEqual([]);
    expect(doc.sentences.at(-1)?.text).toBe('Fin.');
  });

  it('counts lines and columns across CRLF', () => {
    const doc = parseDocument('<p>Un.</p>\r\n<p>\r\n  Deux.</p>', { format: 'html' });
    expect(doc.sentences.map((s) => [s.text, s.start.line, s.start.column])).toEqual([
      ['Un.', 1, 4],
      ['Deux.', 3, 3],
    ]);
  });

  it('is chosen by extension or by content', () => {
    expect(parseDocument('<p>x</p>', { path: 'a/charte.htm' }).format).toBe('html');
    expect(parseDocument('\n  <!DOCTYPE html><p>x</p>').format).toBe('html');
    expect(parseDocument('<html lang="fr"><p>x</p>').format).toBe('html');
    expect(parseDocument('<p>x</p>').format).toBe('markdown');
    expect(parseDocument('<!doctype html>', { format: 'text' }).format).toBe('text');
  });
});
