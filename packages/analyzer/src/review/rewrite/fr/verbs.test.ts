import { describe, expect, it } from 'vitest';
import { isParticiple, verbByImperative, verbByInfinitive, verbCount } from './verbs.js';

describe('French verb table', () => {
  it('knows the verbs charters use', () => {
    expect(verbCount()).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['publier', 'publiez', 'publié'],
    ['partager', 'partagez', 'partagé'],
    ['harceler', 'harcelez', 'harcelé'],
    ['créer', 'créez', 'créé'],
    ['divulguer', 'divulguez', 'divulgué'],
    ['ternir', 'ternissez', 'terni'],
    ['faire', 'faites', 'fait'],
    ['dire', 'dites', 'dit'],
    ['mettre', 'mettez', 'mis'],
    ['transmettre', 'transmettez', 'transmis'],
    ['prendre', 'prenez', 'pris'],
    ['écrire', 'écrivez', 'écrit'],
    ['obtenir', 'obtenez', 'obtenu'],
    ['recevoir', 'recevez', 'reçu'],
    ['savoir', 'sachez', 'su'],
    ['nuire', 'nuisez', 'nui'],
    ['reconnaître', 'reconnaissez', 'reconnu'],
  ])('%s → %s, %s', (inf, imp, pp) => {
    expect(verbByInfinitive(inf)).toMatchObject({ imp, pp });
    expect(verbByImperative(imp)?.inf).toBe(inf);
  });

  it('knows the auxiliary', () => {
    expect(verbByInfinitive('venir')?.aux).toBe('être');
    expect(verbByInfinitive('publier')?.aux).toBe('avoir');
  });

  it('knows nothing of words that are not in the table', () => {
    expect(verbByInfinitive('zigouiller')).toBeUndefined();
    expect(verbByImperative('pas')).toBeUndefined();
  });

  it('tells participles', () => {
    expect(isParticiple('avertis')).toBe(true);
    expect(isParticiple('publiées')).toBe(true);
    expect(isParticiple('inscrite')).toBe(true);
    expect(isParticiple('courtois')).toBe(false);
  });
});
