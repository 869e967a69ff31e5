import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../types.js';
import { parseDocument } from './index.js';
import { documentProblems } from './invariants.js';

/** Any UTF-16 code units: lone surrogates, NUL and control characters included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

const MARKDOWN_PIECES = [
  '#',
  '## ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '    ',
  '*',
  '**',
  '_',
  '~~',
  '`',
  '``',
  '```\n',
  '[',
  ']',
  '(',
  ')',
  '](',
  '![',
  '<',
  '>',
  '> ',
  '&',
  '&amp;',
  '&rsquo;',
  '&#8217;',
  '&nbsp;',
  '&bogus;',
  ';',
  '|',
  '| a | b |\n|---|---|\n',
  '---\n',
  '...\n',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '[ ] ',
  '\\',
  ':',
  '?',
  '!',
  '.',
  '…',
  '...',
  '«',
  '»',
  '\u00a0',
  '\u202f',
  'é',
  '\0',
  '\ud800',
  'Mme',
  'M.',
  'etc.',
  'p. ex.',
  'art. 3.2.1',
  'Une phrase.',
  'word',
  'Les',
  'https://www.example.qc.ca/page.html',
  'comms@example.org',
  '<https://x.y/z>',
  '[ref]: https://x.org\n',
  '[ref]',
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '<div>',
  '</div>',
  '<ul><li>',
  '</li>',
  '<table><tr><td>',
  '</td>',
  '<b>',
  '</b>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<a href="x">',
  '<img alt="a">',
  '<h4>',
  '</h4>',
  'lang: en\n',
  'title: [\n',
];

/** Markdown- and HTML-flavored noise: fragments that exercise every reader path. */
const markupish = fc
  .array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

/** Sometimes with front matter at the start. */
const withFrontMatter = fc
  .tuple(fc.boolean(), markupish, markupish)
  .map(([front, head, body]) => (front ? `---\n${head}\n---\n${body}` : body));

const formats = fc.constantFrom<SourceFormat | undefined>('markdown', 'html', 'text', undefined);

function check(source: string, format: SourceFormat | undefined): void {
  const doc = parseDocument(source, format ? { format } : {});
  expect(doc.source).toBe(source);
  expect(documentProblems(doc)).toEqual([]);
  for (const diagnostic of doc.diagnostics) {
    expect(diagnostic.start.offset).toBeLessThanOrEqual(diagnostic.end.offset);
    expect(diagnostic.end.offset).toBeLessThanOrEqual(source.length);
  }
}

describe('parseDocument on arbitrary input', () => {
  it('never throws and keeps its invariants on any code units', () => {
    fc.assert(fc.property(codeUnits, formats, check), { numRuns: 300 });
  });

  it('never throws and keeps its invariants on Markdown- and HTML-like input', () => {
    fc.assert(fc.property(withFrontMatter, formats, check), { numRuns: 1000 });
  });

  it('never throws on odd values passed from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      const doc = parseDocument(value as unknown as string, null as unknown as undefined);
      expect(doc.sentences).toEqual([]);
      expect(doc.source).toBe('');
    }
  });

  it('handles empty, binary and huge-line input', () => {
    check('', undefined);
    check('\0\0\0\ufffd\ud800\udfff', undefined);
    check(`${'a'.repeat(200_000)}. ${'<b>'.repeat(10_000)}`, 'markdown');
    check(`${'<div>'.repeat(20_000)}Texte profond.`, 'html');
    check(`${'[('.repeat(5_000)}${'<!--'.repeat(5_000)}${'`'.repeat(5_000)}`, 'markdown');
  });
});
