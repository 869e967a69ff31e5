import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { documentProblems } from './invariants.js';

describe('plain text', () => {
  const source = [
    'Charte des médias sociaux',
    '',
    'Les règles suivantes s’appliquent :',
    '- Respecter la vie privée',
    '• Citer ses sources',
    '1. Signaler les abus.',
    '2) Partager les **bons coups** &amp; les projets.',
    '',
    'Un paragraphe',
    'sur deux lignes. Merci.',
  ].join('\n');
  const doc = parseDocument(source, { path: 'charte.txt' });

  it('reads paragraphs and list lines, markup left as written', () => {
    expect(doc.format).toBe('text');
    expect(doc.blocks.map((b) => [b.kind, b.introducesList])).toEqual([
      ['paragraph', false],
      ['paragraph', true],
      ['listItem', false],
      ['listItem', false],
      ['listItem', false],
      ['listItem', false],
      ['paragraph', false],
    ]);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Charte des médias sociaux',
      'Les règles suivantes s’appliquent :',
      'Respecter la vie privée',
      'Citer ses sources',
      'Signaler les abus.',
      'Partager les **bons coups** &amp; les projets.',
      'Un paragraphe sur deux lignes.',
      'Merci.',
    ]);
    expect(documentProblems(doc)).toEqual([]);
  });

  it('points list items after their marker', () => {
    const item = doc.sentences[2];
    expect(item.start).toEqual({ offset: source.indexOf('Respecter'), line: 4, column: 3 });
    expect(item.runs).toEqual([{ textStart: 0, sourceStart: item.start.offset, length: item.text.length }]);
  });

  it('splits a line ending in a colon from the lines after it', () => {
    const lines = parseDocument('Voici les règles :\nrespecter autrui\net citer ses sources', {
      format: 'text',
    });
    expect(lines.sentences.map((s) => s.text)).toEqual([
      'Voici les règles :',
      'respecter autrui et citer ses sources',
    ]);
  });
});
