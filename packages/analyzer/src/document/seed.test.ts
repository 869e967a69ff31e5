import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { documentProblems } from './invariants.js';

// A real post exported from a CMS: YAML front matter, then HTML indented by tabs with entities.
const source = readFileSync(new URL('./fixtures/charte-valoriser.md', import.meta.url), 'utf8');
const doc = parseDocument(source, { path: 'charte-valoriser.md' });
const texts = doc.sentences.map((s) => s.text);

describe('the seed post (Jekyll, tab-indented HTML)', () => {
  it('reads the front matter', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.frontMatter?.data).toMatchObject({
      layout: 'post',
      title: "Les chartes d'utilisation des médias sociaux, valoriser",
      date: '2012-08-27',
      categories: ['reseaux sociaux', 'medias sociaux'],
      author: 'Christian Amauger',
    });
    expect(doc.frontMatter?.start.line).toBe(1);
    expect(doc.frontMatter?.end.line).toBe(9);
  });

  it('is French', () => {
    expect(doc.lang).toBe('fr');
    expect(doc.langSource).toBe('detected');
    expect(doc.blocks.every((b) => b.lang === 'fr')).toBe(true);
  });

  it('finds the h4 sections', () => {
    expect(doc.sections.map((s) => [s.title, s.level, s.parent])).toEqual([
      [null, 0, null],
      ['Une démarche positive', 4, 0],
      ['De la communication à la gestion de communauté', 4, 0],
      ['Recommandations en matière de valorisation', 4, 0],
    ]);
  });

  it('reads the tab-indented first paragraph as HTML, introducing the list', () => {
    expect(texts[0]).toBe(
      'Cet article fait suite à une série sur les chartes d’utilisation des médias sociaux :',
    );
    expect(doc.blocks[0].kind).toBe('paragraph');
    expect(doc.blocks[0].introducesList).toBe(true);
    const first = doc.sentences[0];
    expect(source.slice(first.start.offset, first.end.offset)).toBe(
      'Cet article fait suite à une série sur les chartes d&rsquo;utilisation des médias sociaux :',
    );
    expect(first.start).toMatchObject({ line: 12, column: 6 });
  });

  it('finds the list items, links reduced to their text', () => {
    const items = doc.blocks.filter((b) => b.kind === 'listItem').map((b) => texts[b.sentences[0]]);
    expect(items).toEqual([
      'Introduction',
      'Encadrer',
      'Communiquer',
      'Éduquer',
      'La dimension de valorisation vient surtout du ton du document',
      'Présenter une démarche positive',
      'Le caractère humain doit être pris en compte (erreur, oubli)',
      'Les initiatives doivent être encadrées, certes, mais également encouragées',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'listItem').every((b) => b.depth === 1)).toBe(true);
  });

  it('splits the paragraphs into sentences, entities decoded', () => {
    expect(texts).toContain('Elle doit favoriser l’usage de ces nouveaux médias.');
    expect(texts).toContain(
      'Une charte d’utilisation ne doit pas seulement encadrer, elle doit également contribuer à favoriser l’implication des acteurs d’une organisation.',
    );
    expect(texts).toContain(
      'En favorisant les initiatives, la commission scolaire peut stimuler le sentiment d’appartenance.',
    );
    expect(texts).toContain('Communiquer n’est plus dès lors l’apanage du service des communications.');
    expect(texts.some((t) => t.includes('&') || t.includes('<'))).toBe(false);
  });

  it('splits at <br /> line ends that close sentences', () => {
    const section = doc.sections[1];
    const paragraph = doc.blocks[section.blocks[0] + 1];
    expect(texts.slice(paragraph.sentences[0], paragraph.sentences[1])).toEqual([
      'Le développement d’activités sur les nouveaux médias doit donc être d’emblée faire l’objet d’une démarche positive.',
      'Si les abus et les dérapages doivent être sanctionnés, les initiatives s’inscrivent dans les valeurs de la commission scolaire doivent être encouragées et valorisées.',
      'En favorisant les initiatives, la commission scolaire peut stimuler le sentiment d’appartenance.',
      'Elle peut également bénéficier d’idées et de suggestions qu’elle n’aurait peut-être pas développer par les canaux habituels.',
    ]);
  });

  it('keeps every position exact', () => {
    expect(documentProblems(doc)).toEqual([]);
    const sentence = doc.sentences.find(
      (s) => s.text === 'Elle doit favoriser l’usage de ces nouveaux médias.',
    );
    expect(sentence && source.slice(sentence.start.offset, sentence.end.offset)).toBe(
      'Elle doit favoriser l’usage de ces nouveaux médias.',
    );
    expect(sentence?.start.line).toBe(19);
  });
});
