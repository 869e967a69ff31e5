import { TONE_LABELS as ANALYZER_LABELS, WEIGHTS } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES, LEGEND_ORDER, SCORE_PARTS, TONE_LABELS } from './constants.js';
import { en } from './i18n/en.js';
import { fr } from './i18n/fr.js';

describe('the app’s vocabularies', () => {
  it('shows each tone label once in the legend', () => {
    expect([...LEGEND_ORDER].sort()).toEqual([...ANALYZER_LABELS].sort());
    expect(new Set(LEGEND_ORDER).size).toBe(TONE_LABELS.length);
  });

  it('lists the same score parts', () => {
    expect([...SCORE_PARTS].sort()).toEqual(Object.keys(WEIGHTS).sort());
  });

  it('names every kind of audited entity in both languages (the audit page shows them all)', () => {
    // The server audits initiatives, ideas and notification reads as well as charters and members.
    for (const entity of ['charter', 'version', 'member', 'unit', 'organization', 'initiative', 'idea'])
      expect(AUDIT_ENTITIES).toContain(entity);
    for (const entity of AUDIT_ENTITIES) {
      expect(fr[`entity.${entity}`]).toMatch(/\S/);
      expect(en[`entity.${entity}`]).toMatch(/\S/);
    }
  });
});
