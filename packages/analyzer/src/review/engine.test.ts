import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../analyze.js';
import type { Report } from '../types.js';
import { type ActiveRule, runRules } from './engine.js';
import { presetConfig } from './presets.js';
import { defineRule, type Finding, type RuleVisitor } from './rule.js';
import { RULES } from './rules/index.js';
import type { ResolvedConfig } from './types.js';

const ALL_OFF: ResolvedConfig = {
  ...presetConfig('recommended', RULES),
  rules: Object.fromEntries(RULES.map((r) => [r.id, { severity: 'off', options: {} }])),
};

/** A test rule whose visitor is given by the test. */
function probe(
  id: string,
  create: (report: (f: Finding<'found'>) => void, options: { n: number }) => RuleVisitor,
) {
  return defineRule({
    id,
    defaultSeverity: 'warning',
    severities: { recommended: 'warning', strict: 'error' },
    schema: z.strictObject({ n: z.number().default(1) }),
    messages: {
      fr: { found: { found: 'Trouvé {what}', expected: 'attendu {n}' } },
      en: { found: { found: 'Found {what}', expected: 'expected {n}' } },
    },
    docs: {
      summary: { fr: '', en: '' },
      details: { fr: '', en: '' },
      why: { fr: '', en: '' },
      options: { n: { fr: '', en: '' } },
      examples: [],
    },
    create: (ctx) => create((f) => ctx.report(f), ctx.options),
  });
}

function run(report: Report, rules: ActiveRule[]) {
  return runRules({
    document: report.document,
    sentences: report.sentences,
    counts: report.counts,
    organization: ALL_OFF.organization,
    coverage: [],
    sectionPillars: report.document.sections.map(() => []),
    rules,
    longSentenceWords: 30,
  });
}

/** Line and column of an offset, counted the simple way. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('engine: positions', () => {
  const SOURCE =
    '---\ntitle: T\n---\n# Titre\n\nPremière phrase.\nIl est **INTERDIT** de publier l&rsquo;adresse d’un &eacute;lève.\r\n\r\n- Un *item* ici\n';

  it('maps offsets in a sentence’s text to the source, through markup, entities and CRLF', () => {
    const report = analyze(SOURCE, { lang: 'fr', config: ALL_OFF });
    const index = report.sentences.findIndex((s) => s.text.startsWith('Il est'));
    const text = report.sentences[index].text;
    const targets: Array<[string, string]> = [
      ['INTERDIT', 'INTERDIT'],
      ['l’adresse', 'l&rsquo;adresse'],
      ['élève', '&eacute;lève'],
      ['INTERDIT de publier', 'INTERDIT** de publier'],
    ];
    const rule = probe('test/positions', (report) => ({
      sentence(i) {
        if (i !== index) return;
        for (const [needle] of targets) {
          const start = text.indexOf(needle);
          report({
            target: { kind: 'sentence', sentence: i, start, end: start + needle.length },
            message: 'found',
          });
        }
      },
    }));
    const { diagnostics } = run(report, [{ rule, severity: 'warning', options: {} }]);
    expect(diagnostics).toHaveLength(targets.length);
    diagnostics.forEach((d, k) => {
      expect(SOURCE.slice(d.start.offset, d.end.offset)).toBe(targets[k][1]);
      expect({ line: d.start.line, column: d.start.column }).toEqual(lineColumn(SOURCE, d.start.offset));
      expect({ line: d.end.line, column: d.end.column }).toEqual(lineColumn(SOURCE, d.end.offset));
    });
  });

  it('points a section finding at its heading and a document finding at the first sentence', () => {
    const report = analyze(SOURCE, { lang: 'fr', config: ALL_OFF });
    const rule = probe('test/anchors', (report) => ({
      sectionExit(section) {
        report({ target: { kind: 'section', section }, message: 'found' });
      },
    }));
    const { diagnostics } = run(report, [{ rule, severity: 'info', options: {} }]);
    const slices = diagnostics.map((d) => SOURCE.slice(d.start.offset, d.end.offset));
    // Section 1 (« Titre ») exits first, then the root, which stands for the document.
    expect(slices).toEqual(['Titre', 'Titre']);
    expect(diagnostics[0].start).toEqual({ offset: SOURCE.indexOf('Titre'), line: 4, column: 3 });
  });

  it('clamps offsets outside the sentence', () => {
    const report = analyze('Une phrase.', { lang: 'fr', config: ALL_OFF });
    const rule = probe('test/clamp', (report) => ({
      sentence(i) {
        report({ target: { kind: 'sentence', sentence: i, start: -5, end: 999 }, message: 'found' });
      },
    }));
    const [d] = run(report, [{ rule, severity: 'info', options: {} }]).diagnostics;
    expect([d.start.offset, d.end.offset]).toEqual([0, 'Une phrase.'.length]);
  });
});

describe('engine: stamping and configuration', () => {
  it('stamps id, source, url, configured severity and the message in the document’s language', () => {
    const report = analyze('Une phrase.', { lang: 'fr', config: ALL_OFF });
    const rule = probe('test/stamp', (report, options) => ({
      end() {
        report({ target: { kind: 'document' }, message: 'found', params: { what: 'ceci', n: options.n } });
      },
    }));
    const [d] = run(report, [{ rule, severity: 'error', options: { n: 7 } }]).diagnostics;
    expect(d).toMatchObject({
      ruleId: 'test/stamp',
      source: 'charte',
      severity: 'error',
      url: 'docs/rules/test/stamp.md',
      message: 'Trouvé ceci\u00a0: attendu 7.',
    });
  });

  it('falls back to the defaults when options are invalid', () => {
    const report = analyze('A sentence.', { lang: 'en', config: ALL_OFF });
    const rule = probe('test/options', (report, options) => ({
      end() {
        report({ target: { kind: 'document' }, message: 'found', params: { what: 'x', n: options.n } });
      },
    }));
    const [d] = run(report, [{ rule, severity: 'info', options: { n: 'many' } }]).diagnostics;
    expect(d.message).toBe('Found x: expected 1.');
  });

  it('takes severities and `off` from the configuration', () => {
    const source = '# Règles\n\nIl est INTERDIT de publier des photos !!!\n';
    const on = analyze(source, { lang: 'fr' });
    expect(on.diagnostics.filter((d) => d.ruleId === 'tone/shouting').map((d) => d.severity)).toEqual([
      'warning',
      'warning',
    ]);
    const strict = analyze(source, { lang: 'fr', config: presetConfig('strict', RULES) });
    expect(strict.diagnostics.filter((d) => d.ruleId === 'tone/shouting').map((d) => d.severity)).toEqual([
      'error',
      'error',
    ]);
    const config = presetConfig('recommended', RULES);
    config.rules['tone/shouting'] = { severity: 'off', options: {} };
    expect(
      analyze(source, { lang: 'fr', config }).diagnostics.some((d) => d.ruleId === 'tone/shouting'),
    ).toBe(false);
    expect(analyze(source, { lang: 'fr', config: ALL_OFF }).diagnostics).toEqual([]);
  });

  it('turns a rule that throws into one diagnostic and keeps the others running', () => {
    const report = analyze('Une phrase. Une autre.', { lang: 'fr', config: ALL_OFF });
    const broken = probe('test/broken', () => ({
      sentence() {
        throw new Error('boom');
      },
    }));
    let seen = 0;
    const sound = probe('test/sound', () => ({
      sentence() {
        seen++;
      },
    }));
    const { diagnostics } = run(report, [
      { rule: broken, severity: 'warning', options: {} },
      { rule: sound, severity: 'warning', options: {} },
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'test/broken', severity: 'error' });
    expect(diagnostics[0].message).toContain('boom');
    expect(seen).toBe(2);
  });
});

describe('engine: one walk', () => {
  const SOURCE = [
    'Intro avant tout titre.',
    '# A',
    'Texte de A. Encore A.',
    '## A.1',
    'Texte de A.1.',
    '### A.1.a',
    'Texte de A.1.a.',
    '## A.2',
    'Vous pouvez publier.',
    '# B',
    'Texte de B.',
  ].join('\n\n');

  it('hands each sentence once, in order, inside properly nested section hooks, to every rule', () => {
    const report = analyze(SOURCE, { lang: 'fr', config: ALL_OFF });
    const logs: string[][] = [[], []];
    const rules = logs.map((log, k) =>
      probe(`test/walk-${k}`, () => ({
        sectionEnter: (s) => log.push(`enter ${s}`),
        sentence: (i) => log.push(`sentence ${i}`),
        sectionExit: (s) => log.push(`exit ${s}`),
        end: () => log.push('end'),
      })),
    );
    run(
      report,
      rules.map((rule) => ({ rule, severity: 'info' as const, options: {} })),
    );
    expect(logs[0]).toEqual(logs[1]);
    const log = logs[0];
    const sentences = log.filter((l) => l.startsWith('sentence')).map((l) => Number(l.split(' ')[1]));
    expect(sentences).toEqual(report.sentences.map((s) => s.index));
    const { sections } = report.document;
    for (const section of sections) {
      expect(log.filter((l) => l === `enter ${section.index}`)).toHaveLength(1);
      expect(log.filter((l) => l === `exit ${section.index}`)).toHaveLength(1);
    }
    expect(log.filter((l) => l === 'end')).toHaveLength(1);
    expect(log[log.length - 1]).toBe('end');
    // Nesting: every sentence is delivered while its own section is the innermost open one.
    const open: number[] = [];
    for (const entry of log) {
      const [kind, value] = entry.split(' ');
      if (kind === 'enter') open.push(Number(value));
      else if (kind === 'exit') expect(open.pop()).toBe(Number(value));
      else if (kind === 'sentence')
        expect(open[open.length - 1]).toBe(report.sentences[Number(value)].section);
    }
  });

  it('has a section’s tallies complete at its exit and the document’s at the end', () => {
    const report = analyze(SOURCE, { lang: 'fr', config: ALL_OFF });
    const seen: Record<number, number> = {};
    let readability: number | null = -1;
    const rule = defineRule({
      id: 'test/facts',
      defaultSeverity: 'info',
      severities: { recommended: 'info', strict: 'info' },
      schema: z.strictObject({}),
      messages: { fr: {}, en: {} },
      docs: {
        summary: { fr: '', en: '' },
        details: { fr: '', en: '' },
        why: { fr: '', en: '' },
        options: {},
        examples: [],
      },
      create: (ctx) => ({
        sectionExit(s) {
          seen[s] = Object.values(ctx.facts.sectionCounts[s]).reduce((a, b) => a + b, 0);
        },
        end() {
          readability = ctx.facts.readability.words;
        },
      }),
    });
    run(report, [{ rule, severity: 'info', options: {} }]);
    for (const section of report.document.sections) {
      expect(seen[section.index]).toBe(report.sentences.filter((s) => s.section === section.index).length);
    }
    expect(readability).toBeGreaterThan(10);
  });
});
