import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang, TextEdit } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { enablingTemplate, rewordSentence } from '../../rewrite/index.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang, options: Record<string, unknown> = {}) {
  const config = presetConfig('recommended', RULES);
  config.rules['tone/bare-prohibition'] = { severity: 'warning', options };
  const report = analyze(source, { lang, config });
  return { report, found: report.diagnostics.filter((d) => d.ruleId === 'tone/bare-prohibition') };
}

function apply(source: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);
}

describe('tone/bare-prohibition', () => {
  it('reports a prohibition with nothing enabling in its section, on the sentence (fr)', () => {
    const source =
      '## Photos\n\nCette section porte sur les photos.\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\n';
    const { found } = findings(source, 'fr');
    expect(found).toHaveLength(1);
    expect(source.slice(found[0].start.offset, found[0].end.offset)).toBe(
      'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.',
    );
    expect(found[0]).toMatchObject({ severity: 'warning', label: 'prohibition' });
    expect(found[0].message).toBe(
      'Interdiction sans phrase habilitante à proximité\u00a0: dites aussi ce qu’on peut faire à la place, ou reformulez en positif.',
    );
  });

  it('accepts an enabling sentence in the section, or only in the block with near: block (en)', () => {
    const source = '## Photos\n\nDo not post photos of students.\n\nYou may post drawings.\n';
    expect(findings(source, 'en').found).toEqual([]);
    expect(findings(source, 'en', { near: 'block' }).found).toHaveLength(1);
    expect(
      findings('Do not post photos of students. You may post drawings.\n', 'en', { near: 'block' }).found,
    ).toEqual([]);
  });

  it('does not look into other sections', () => {
    const source = '## A\n\nDo not post photos of students.\n\n## B\n\nYou may post drawings.\n';
    expect(findings(source, 'en').found).toHaveLength(1);
  });

  it('suggests the rewording as an edit on the sentence’s source span, and the enabling template', () => {
    for (const [lang, text] of [
      ['fr', 'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.'],
      ['en', 'Do not post photos of students without their parents’ consent.'],
    ] as const) {
      const source = `## Photos\n\n${text}\n`;
      const { report, found } = findings(source, lang);
      const sentence = report.sentences.find((s) => s.text === text);
      if (!sentence) throw new Error('sentence not found');
      const rewording = rewordSentence({
        text,
        lang,
        tone: sentence.tone,
        organization: presetConfig('recommended', []).organization,
      });
      const template = enablingTemplate('prohibition', lang, presetConfig('recommended', []).organization);
      const suggestions = found[0].suggestions ?? [];
      expect(suggestions).toHaveLength((rewording ? 1 : 0) + (template ? 1 : 0));
      if (rewording) expect(apply(source, suggestions[0].edits)).toBe(`## Photos\n\n${rewording.result}\n`);
      if (template)
        expect(apply(source, suggestions[suggestions.length - 1].edits)).toBe(
          `## Photos\n\n${text} ${template}\n`,
        );
    }
  });
});
