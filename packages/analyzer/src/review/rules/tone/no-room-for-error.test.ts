import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang, TextEdit } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang) {
  const report = analyze(source, { lang, config: presetConfig('recommended', RULES) });
  return report.diagnostics.filter((d) => d.ruleId === 'tone/no-room-for-error');
}

function apply(source: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);
}

describe('tone/no-room-for-error', () => {
  it.each([
    [
      'fr',
      '## Règles\n\nRespectez vos collègues.\nTout manquement pourra entraîner des mesures disciplinaires.\n\n## Contact\n\nÉcrivez-nous.\n',
      '1 sanction(s), mais rien sur l’erreur ou l’oubli de bonne foi\u00a0: dites quoi faire après une erreur honnête (corriger, prévenir, obtenir de l’aide).',
    ],
    [
      'en',
      '## Rules\n\nRespect your colleagues.\nAny breach may result in disciplinary action.\n\n## Contact\n\nWrite to us.\n',
      '1 sanction(s), but nothing on honest error or omission: say what to do after an honest mistake (correct it, tell someone, get help).',
    ],
  ] as const)(
    'reports sanctions with no room for error, at the first sanction, and its fix silences it (%s)',
    (lang, source, message) => {
      const found = findings(source, lang);
      expect(found.map((d) => d.message)).toEqual([message]);
      expect(source.slice(found[0].start.offset, found[0].end.offset)).toMatch(
        /^(Tout manquement|Any breach)/,
      );
      const fixed = apply(source, found[0].suggestions?.[0]?.edits ?? []);
      // The paragraph lands right after the sanction's paragraph, before the next section.
      expect(fixed.indexOf('\n\n## Contact')).toBeGreaterThan(
        fixed.indexOf(lang === 'fr' ? 'Une erreur' : 'Anyone can'),
      );
      expect(findings(fixed, lang)).toEqual([]);
    },
  );

  it('stays silent without sanctions', () => {
    expect(findings('## Rules\n\nRespect your colleagues.\n', 'en')).toEqual([]);
  });
});
