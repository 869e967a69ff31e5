import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang, options: Record<string, unknown> = {}) {
  const config = presetConfig('recommended', RULES);
  config.rules['tone/cold-obligation'] = { severity: 'info', options };
  const report = analyze(source, { lang, config });
  return report.diagnostics.filter((d) => d.ruleId === 'tone/cold-obligation');
}

describe('tone/cold-obligation', () => {
  it('reports a bare obligation (fr, en), as information in the recommended preset', () => {
    const fr = findings('Vous devez adopter un ton courtois.\n', 'fr');
    expect(fr).toHaveLength(1);
    expect(fr[0]).toMatchObject({ severity: 'info', label: 'obligation' });
    expect(fr[0].message).toBe(
      'Obligation formulée sèchement, sans raison ni aide\u00a0: dites pourquoi («\u00a0afin de…\u00a0») ou formulez-la comme une invitation.',
    );
    expect(findings('You must use a courteous tone.\n', 'en')).toHaveLength(1);
  });

  it('accepts an obligation that gives its reason or points to help', () => {
    expect(
      findings('Vous devez adopter un ton courtois, afin que chacun se sente respecté.\n', 'fr'),
    ).toEqual([]);
    expect(findings('You must use a courteous tone, so that everyone feels respected.\n', 'en')).toEqual([]);
  });

  it('accepts an enabling sentence in the same block, unless near is none', () => {
    const source = 'You must use a courteous tone. You may use humour too.\n';
    expect(findings(source, 'en')).toEqual([]);
    expect(findings(source, 'en', { near: 'none' })).toHaveLength(1);
  });

  it('offers the rewording, and stays silent when there is none', () => {
    const source = 'Vous devez adopter un ton courtois.\n';
    const [finding] = findings(source, 'fr');
    const edit = finding.suggestions?.[0]?.edits[0];
    if (!edit) throw new Error('no rewording');
    const reworded = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
    expect(reworded).not.toBe(source);
    expect(findings(reworded, 'fr')).toEqual([]);
    // A bare imperative with no rewording pattern is left alone rather than flagged without a fix.
    for (const f of findings(
      'Respectez la vie privée des élèves, des parents et de vos collègues.\n',
      'fr',
    )) {
      expect(f.suggestions?.length).toBeGreaterThan(0);
    }
  });

  it('is a warning in the strict preset', () => {
    const report = analyze('Vous devez adopter un ton courtois.\n', {
      lang: 'fr',
      config: presetConfig('strict', RULES),
    });
    expect(report.diagnostics.find((d) => d.ruleId === 'tone/cold-obligation')?.severity).toBe('warning');
  });
});
