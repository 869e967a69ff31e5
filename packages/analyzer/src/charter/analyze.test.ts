import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { analyzeCharter } from './analyze.js';
import type { CharterFile } from './types.js';

const part = (key: string, order: number, title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\npart: ${key}\norder: ${order}\n${extra}---\n${body}`;

describe('analyzeCharter', () => {
  const files: CharterFile[] = [
    {
      path: 'index.md',
      source:
        '---\ntitle: Charte du CSS\n---\nCette charte explique comment nous utilisons les médias sociaux.\n',
    },
    {
      path: '02-encadrer.md',
      source: part(
        'encadrer',
        2,
        'Encadrer',
        'Vous pouvez créer une page de classe.\n\nNE PUBLIEZ PAS DE PHOTO D’ÉLÈVE SANS LE CONSENTEMENT DE SES PARENTS.\n',
      ),
    },
    {
      path: '01-introduction.md',
      source: part('introduction', 1, 'Introduction', 'Nous encourageons vos initiatives.\n'),
    },
  ];

  it('reviews the folder as one charter and points each finding into its own file', () => {
    const analysis = analyzeCharter(files);
    expect(analysis.editions).toHaveLength(1);
    const [edition] = analysis.editions;
    // The parts are joined in order, each under its title.
    expect(edition.source.indexOf('# Introduction')).toBeLessThan(edition.source.indexOf('# Encadrer'));
    expect(edition.report.sentences.some((s) => s.tone.label === 'prohibition')).toBe(true);
    const prohibition = edition.diagnostics.find((d) => d.ruleId === 'tone/shouting');
    expect(prohibition?.path).toBe('02-encadrer.md');
    const source = files[1].source;
    expect(source.slice(prohibition!.start.offset, prohibition!.end.offset)).toContain('NE PUBLIEZ PAS');
    expect(prohibition!.start.line).toBe(8);
    // Charter-wide findings exist once for the whole charter, not once per file.
    const purpose = edition.diagnostics.filter((d) => d.ruleId === 'coverage/purpose');
    expect(purpose.length).toBeLessThanOrEqual(1);
    expect(edition.sentencePaths).toHaveLength(edition.report.sentences.length);
    expect(edition.sentencePaths.filter((p) => p === null).length).toBe(3);
  });

  it('maps suggestions into the file so applying them rewrites that file', () => {
    const [edition] = analyzeCharter(files).editions;
    const withEdits = edition.diagnostics.filter((d) => d.suggestions?.length);
    expect(withEdits.length).toBeGreaterThan(0);
    for (const d of withEdits) {
      const text = files.find((f) => f.path === d.path)!.source;
      for (const s of d.suggestions!) for (const e of s.edits) expect(e.end).toBeLessThanOrEqual(text.length);
    }
    const shouting = withEdits.find((d) => d.ruleId === 'tone/shouting')!;
    expect(shouting.path).toBe('02-encadrer.md');
    const before = files[1].source;
    let after = before;
    for (const e of [...shouting.suggestions![0].edits].sort((a, b) => b.start - a.start)) {
      after = after.slice(0, e.start) + e.text + after.slice(e.end);
    }
    expect(after).not.toContain('NE PUBLIEZ PAS');
    expect(after).toContain('Vous pouvez créer une page de classe.');
    expect(after.startsWith('---\ntitle: Encadrer')).toBe(true);
  });

  it('analyzes a single-file charter as it is', () => {
    const source = '# Charte\n\n## Encadrer\n\nNe publiez pas de photo d’élève sans consentement.\n';
    const [edition] = analyzeCharter([{ path: 'charte.md', source }]).editions;
    expect(edition.source).toBe(source);
    expect(edition.report.review.scores.overall).toBe(analyze(source, { lang: 'fr' }).review.scores.overall);
    expect(edition.diagnostics.every((d) => d.path === 'charte.md')).toBe(true);
  });

  it('keeps loader problems and analyzes the rest', () => {
    const broken = [...files, { path: '03-x.md', source: '---\ntitle: [oops\n---\nNous vous aidons.\n' }];
    const analysis = analyzeCharter(broken);
    expect(analysis.diagnostics[0]).toMatchObject({ path: '03-x.md', ruleId: 'document/front-matter' });
    expect(analysis.editions[0].report.sentences.some((s) => s.text === 'Nous vous aidons.')).toBe(true);
  });

  it('maps every finding onto text of its own file (property)', () => {
    const sentences = [
      'Ne publiez pas de photo d’élève sans consentement.',
      'Vous pouvez créer une page de classe.',
      'Nous encourageons les initiatives des équipes.',
      'Il est INTERDIT de partager vos mots de passe !!!',
      'Les employés doivent respecter la confidentialité.',
      'Toute infraction entraînera des sanctions disciplinaires.',
      'Écrivez à communications@example.org pour de l’aide.',
    ];
    const partArb = fc.record({
      title: fc.constantFrom('Encadrer', 'Communiquer', 'Éduquer', 'Valoriser', 'Autre'),
      lines: fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }),
      frontMatter: fc.boolean(),
      crlf: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(partArb, { minLength: 2, maxLength: 5 }), (parts) => {
        const charterFiles = parts.map((p, i) => {
          const body = p.lines.join('\n\n');
          const head = p.frontMatter
            ? `---\ntitle: ${p.title}\norder: ${i + 1}\npart: x\n---\n`
            : `# ${p.title}\n\n`;
          const text = `${head}${body}\n`;
          return { path: `p${i}.md`, source: p.crlf ? text.replace(/\n/g, '\r\n') : text };
        });
        const analysis = analyzeCharter(charterFiles, { lang: 'fr' });
        const byPath = new Map(charterFiles.map((f) => [f.path, f.source]));
        const [edition] = analysis.editions;
        const joined = edition.report.diagnostics.filter((d) => !d.ruleId.startsWith('document/'));
        expect(edition.diagnostics).toHaveLength(joined.length);
        edition.diagnostics.forEach((d, i) => {
          const text = byPath.get(d.path);
          expect(text).toBeDefined();
          expect(d.start.offset).toBeLessThanOrEqual(d.end.offset);
          expect(d.end.offset).toBeLessThanOrEqual(text!.length);
          expect(d.ruleId).toBe(joined[i].ruleId);
          // A finding on copied text covers the same text in its file as in the joined charter.
          const found = text!.slice(d.start.offset, d.end.offset);
          if (found.length > 0) {
            expect(found).toBe(edition.source.slice(joined[i].start.offset, joined[i].end.offset));
          }
          for (const s of d.suggestions ?? []) {
            for (const e of s.edits) expect(e.end).toBeLessThanOrEqual(text!.length);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
