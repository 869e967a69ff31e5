/** Clause structure, negation scope and subjects, checked through small sentences. */
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from './clauses.js';
import { type Ctx, newContext } from './context.js';
import { foldText } from './fold.js';
import { negationAt } from './negation.js';
import { subjectOf } from './subject.js';
import { tokenize } from './tokens.js';

function ctx(text: string): Ctx {
  const c = newContext(text, tokenize(foldText(text)));
  analyzeClauses(c);
  return c;
}
const at = (c: Ctx, word: string) => c.toks.findIndex((t) => t.w === word);
const mainWords = (c: Ctx) => c.toks.filter((_, i) => !c.sub[i]).map((t) => t.w);

describe('main clause', () => {
  it('skips leading purpose, condition and adverbial phrases', () => {
    expect(mainWords(ctx('Afin de protéger les élèves, il est interdit de publier.'))[0]).toBe('il');
    expect(mainWords(ctx('Par ailleurs, pour assurer la qualité, nous vous invitons à écrire.'))[0]).toBe(
      'nous',
    );
    expect(ctx('En cas de manquement, le compte sera fermé.').breachLead).toBe(true);
    expect(ctx('En cas de doute, ne publiez pas.').breachLead).toBe(false);
  });

  it('strips framing openers', () => {
    expect(mainWords(ctx('Notez que la municipalité peut réviser ces règles.'))[0]).toBe('la');
  });

  it('leaves out a second coordinated main clause once the first has its verb (rule 12)', () => {
    const c = ctx('Les réseaux sont utiles et il est important de les utiliser avec soin.');
    expect(mainWords(c)).not.toContain('important');
    expect(mainWords(ctx('Les élèves et les enseignants doivent respecter la charte.'))).toContain('doivent');
  });

  it('leaves out inner subordinate clauses and parentheses', () => {
    const c = ctx('Vous pouvez, si vous le souhaitez, ajouter une mention (sans obligation).');
    expect(mainWords(c)).not.toContain('souhaitez');
    expect(mainWords(c)).not.toContain('obligation');
  });
});

describe('negationAt', () => {
  it('finds ne … pas/jamais/en aucun cas and negative subjects', () => {
    for (const [text, verb] of [
      ['Vous ne pouvez pas publier.', 'pouvez'],
      ['Ils ne doivent jamais publier.', 'doivent'],
      ['Les propos ne seront en aucun cas tolérés.', 'seront'],
      ['Nul ne peut publier.', 'peut'],
      ['Aucun propos injurieux n’est toléré.', 'est'],
      ['Un étudiant ne peut révéler ce secret.', 'peut'],
    ] as const) {
      const c = ctx(text);
      expect(negationAt(c, at(c, verb)).neg, text).toBe(true);
    }
  });

  it('reads "ne … que" as a restriction and leaves plain verbs alone', () => {
    const c = ctx('La connexion ne sera autorisée qu’aux élèves inscrits.');
    const n = negationAt(c, at(c, 'sera'));
    expect(n.neg).toBe(false);
    expect(n.restr).toBe(true);
    const d = ctx('Les élèves peuvent publier.');
    expect(negationAt(d, at(d, 'peuvent')).neg).toBe(false);
    // "ne … pas seulement" is "not only": the verb keeps its force.
    const e = ctx('Une charte ne doit pas seulement encadrer.');
    expect(negationAt(e, at(e, 'doit')).neg).toBe(false);
  });
});

describe('subjectOf', () => {
  it('tells the organization from the reader and from things', () => {
    const cases: Array<[string, string, string]> = [
      ['Le service des communications vous aidera.', 'aidera', 'org'],
      ['Nous vous invitons à participer.', 'invitons', 'org'],
      ['Vous vous engagez à respecter la charte.', 'engagez', 'reader'],
      ['Chaque élève s’engage à respecter la charte.', 'engage', 'person'],
      ['Une erreur peut arriver.', 'peut', 'thing'],
    ];
    for (const [text, verb, cls] of cases) {
      const c = ctx(text);
      expect(subjectOf(c, at(c, verb), c.mainStart).cls, text).toBe(cls);
    }
  });

  it('notices restricted, negative and breach subjects', () => {
    const only = ctx('Seuls les porte-parole peuvent s’exprimer.');
    expect(subjectOf(only, at(only, 'peuvent'), only.mainStart).only).toBe(true);
    const breach = ctx('Tout manquement pourra entraîner des sanctions.');
    expect(subjectOf(breach, at(breach, 'pourra'), breach.mainStart).breach).toBe(true);
    const rel = ctx('Un usager qui ne respecte pas la nétiquette pourra être bloqué.');
    expect(subjectOf(rel, at(rel, 'pourra'), rel.mainStart).breach).toBe(true);
  });
});
