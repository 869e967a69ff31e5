import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { documentProblems } from './invariants.js';

describe('front matter', () => {
  it('keeps every key and stays out of the text', () => {
    const source =
      '---\ntitle: Charte\ndate: 2024-05-01\ntags: [a, b]\nextra:\n  nested: 1\n---\n# Charte\n\nTexte.';
    const doc = parseDocument(source);
    expect(doc.frontMatter?.data).toEqual({
      title: 'Charte',
      date: '2024-05-01',
      tags: ['a', 'b'],
      extra: { nested: 1 },
    });
    expect(doc.frontMatter?.start).toEqual({ offset: 0, line: 1, column: 1 });
    expect(doc.frontMatter?.end).toMatchObject({ line: 7, column: 4 });
    expect(doc.diagnostics).toEqual([]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Charte', 'Texte.']);
    expect(doc.sentences[0].start.line).toBe(8);
  });

  it('accepts a BOM, CRLF line ends and a closing "..." line', () => {
    const doc = parseDocument('\ufeff---\r\ntitle: Charte\r\n...\r\nTexte.\r\n');
    expect(doc.frontMatter?.data).toEqual({ title: 'Charte' });
    expect(doc.sentences.map((s) => [s.text, s.start.line])).toEqual([['Texte.', 4]]);
    expect(documentProblems(doc)).toEqual([]);
  });

  it('reports malformed YAML at its line, in the document language, without throwing', () => {
    const fr = parseDocument(
      '---\ntitle: Charte\nauthor: Roy\ntitle: Autre\n---\nNous encourageons les initiatives de la communauté.',
    );
    expect(fr.frontMatter?.data).toEqual({});
    expect(fr.diagnostics).toHaveLength(1);
    const [diagnostic] = fr.diagnostics;
    expect(diagnostic).toMatchObject({
      ruleId: 'document/front-matter',
      source: 'charte',
      severity: 'error',
    });
    expect(diagnostic.start.line).toBe(4);
    expect(diagnostic.message).toMatch(/^En-tête YAML mal formé à la ligne 4 : /);
    expect(fr.sentences.map((s) => s.text)).toEqual(['Nous encourageons les initiatives de la communauté.']);

    const en = parseDocument(
      '---\ntitle: Charter\nlist:\n  - a\n - b\n---\nWe encourage the initiatives of the community.',
    );
    expect(en.diagnostics).toHaveLength(1);
    expect(en.diagnostics[0].start.line).toBe(5);
    expect(en.diagnostics[0].message).toMatch(/^Malformed YAML front matter at line 5: /);
  });

  it('reports YAML that is not a mapping', () => {
    const doc = parseDocument('---\n- a\n- b\n---\nTexte.', { lang: 'en' });
    expect(doc.frontMatter?.data).toEqual({});
    expect(doc.diagnostics.map((d) => d.message)).toEqual([
      'YAML front matter was not read: it must map keys to values (for example "title: …").',
    ]);
  });

  it('does not parse front matter over the size limit', () => {
    const doc = parseDocument(`---\n${'cle: valeur\n'.repeat(10_000)}---\nTexte.`, { lang: 'fr' });
    expect(doc.frontMatter?.data).toEqual({});
    expect(doc.diagnostics.map((d) => [d.message, d.start.line])).toEqual([
      ['En-tête YAML non lu : 120000 caractères, pour 100000 au plus.', 1],
    ]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Texte.']);
  });

  it('survives an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const name = String.fromCharCode(98 + i);
      const prev = String.fromCharCode(97 + i);
      bomb.push(
        `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    const doc = parseDocument(`---\n${bomb.join('\n')}\n---\nTexte.`);
    expect(doc.frontMatter?.data).toEqual({});
    expect(doc.diagnostics[0].ruleId).toBe('document/front-matter');
  });

  it('never evaluates ---js front matter', () => {
    const scope = globalThis as { charteEvaluated?: boolean };
    const doc = parseDocument(
      '---js\n{ title: (globalThis.charteEvaluated = true) }\n---\nNous encourageons les projets.',
    );
    expect(scope.charteEvaluated).toBeUndefined();
    expect(doc.frontMatter?.data).toEqual({});
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0].message).toBe(
      'En-tête « ---js » non lu : seul le YAML est accepté, et rien n’a été exécuté.',
    );
    expect(doc.diagnostics[0].start.line).toBe(1);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Nous encourageons les projets.']);
  });

  it('is only front matter at the very start and when closed', () => {
    expect(parseDocument('Texte.\n---\ntitle: x\n---\n').frontMatter).toBeNull();
    const unclosed = parseDocument('---\ntitle: x\n');
    expect(unclosed.frontMatter).toBeNull();
    expect(unclosed.sentences.map((s) => s.text)).toEqual(['title: x']);
  });

  it('is plain text in a .txt file', () => {
    const doc = parseDocument('---\ntitle: x\n---\nTexte.', { path: 'charte.txt' });
    expect(doc.format).toBe('text');
    expect(doc.frontMatter).toBeNull();
  });

  it('is read in HTML files too', () => {
    const doc = parseDocument('---\nlang: en\n---\n<!doctype html><p>Texte.</p>');
    expect(doc.format).toBe('html');
    expect(doc.lang).toBe('en');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Texte.']);
  });
});

describe('front matter lang', () => {
  const french = 'Nous encourageons le personnel à partager ses projets avec la communauté.';

  it('overrides detection', () => {
    for (const tag of ['en', 'en-US', 'EN_ca']) {
      const doc = parseDocument(`---\nlang: ${tag}\n---\n${french}`);
      expect(doc.lang).toBe('en');
      expect(doc.langSource).toBe('front-matter');
    }
    const fr = parseDocument('---\nlang: fr-CA\n---\nShort.');
    expect([fr.lang, fr.langSource]).toEqual(['fr', 'front-matter']);
  });

  it('gives way to the option', () => {
    const doc = parseDocument(`---\nlang: en\n---\n${french}`, { lang: 'fr' });
    expect([doc.lang, doc.langSource]).toEqual(['fr', 'option']);
  });

  it('is ignored when it names another language', () => {
    const doc = parseDocument(`---\nlang: de\n---\n${french}`);
    expect([doc.lang, doc.langSource]).toEqual(['fr', 'detected']);
  });

  it('still lets a block speak its own language when sure', () => {
    const doc = parseDocument(`---\nlang: en\n---\nShort intro.\n\n${french}`);
    expect(doc.blocks.map((b) => b.lang)).toEqual(['en', 'fr']);
  });
});
