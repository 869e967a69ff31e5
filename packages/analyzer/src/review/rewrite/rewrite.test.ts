/** The public contract of rewordSentence: which sentences it touches, the edit it returns, robustness. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TONE_LABELS, type ToneLabel } from '../../types.js';
import { rewordSentence } from './index.js';

const organization = { name: null, kind: null, values: [], platforms: [] };

function input(text: string, lang: 'fr' | 'en', label: ToneLabel) {
  return { text, lang, tone: { label, confidence: 1, cue: null, explanation: '' }, organization };
}

describe('rewordSentence', () => {
  it('rewords only prohibitions and obligations', () => {
    const text = 'Ne partagez jamais vos mots de passe.';
    for (const label of TONE_LABELS) {
      const r = rewordSentence(input(text, 'fr', label));
      if (label === 'prohibition') expect(r?.result).toBe('Gardez vos mots de passe pour vous.');
      else expect(r).toBeNull();
    }
  });

  it('rewords an obligation only when it is cold', () => {
    expect(
      rewordSentence(input('Vous devez activer la double authentification.', 'fr', 'obligation'))?.result,
    ).toBe('Nous comptons sur vous pour activer la double authentification.');
    expect(
      rewordSentence(
        input('Pour protéger les élèves, vous devez activer la double authentification.', 'fr', 'obligation'),
      ),
    ).toBeNull();
    expect(rewordSentence(input('You must follow copyright law.', 'en', 'obligation'))).toBeNull();
  });

  it('returns an edit on the sentence text that gives the result', () => {
    const text = "Il est interdit de publier la photo d'un élève sans le consentement de ses parents.";
    const r = rewordSentence(input(text, 'fr', 'prohibition'))!;
    expect(r).toMatchObject({ pattern: 'fr/sans-condition', start: 0, end: text.length - 1 });
    expect(text.slice(0, r.start) + r.replacement + text.slice(r.end)).toBe(r.result);
  });

  it('keeps a lead clause and edits only from the rule on', () => {
    const text = 'Afin de protéger la vie privée des élèves, il est interdit de publier leur nom complet.';
    const r = rewordSentence(input(text, 'fr', 'prohibition'))!;
    expect(r.start).toBe(text.indexOf('il est'));
    expect(r.result).toBe(
      'Afin de protéger la vie privée des élèves, préservez la confidentialité de leur nom complet.',
    );
  });

  it('keeps a tail that does not change the rule', () => {
    const r = rewordSentence(
      input(
        "Ne publiez pas de photos sans l'accord des parents, même sur un compte privé.",
        'fr',
        'prohibition',
      ),
    );
    expect(r?.result).toBe(
      "Vous pouvez publier des photos une fois l'accord des parents obtenu, même sur un compte privé.",
    );
  });

  it('keeps typographic apostrophes, spaces and final punctuation', () => {
    const fr = rewordSentence(
      input(
        'Il est interdit de publier la photo d’un élève sans l’autorisation de ses parents\u00a0!',
        'fr',
        'prohibition',
      ),
    );
    expect(fr?.result).toBe(
      'Vous pouvez publier la photo d’un élève une fois l’autorisation de ses parents obtenue\u00a0!',
    );
    const en = rewordSentence(input('Never share your password!!', 'en', 'prohibition'));
    expect(en?.result).toBe('Keep your password to yourself!!');
  });

  it('keeps a lowercase start and a missing period (list items)', () => {
    expect(
      rewordSentence(input('ne pas publier de photos sans autorisation', 'fr', 'prohibition'))?.result,
    ).toBe('publier des photos avec autorisation');
    expect(rewordSentence(input('never share your password', 'en', 'prohibition'))?.result).toBe(
      'keep your password to yourself',
    );
  });

  it('leaves questions and very long sentences alone', () => {
    expect(rewordSentence(input('Should you never share your password?', 'en', 'prohibition'))).toBeNull();
    const long = `Ne partagez jamais vos mots de passe${' ni vos codes'.repeat(60)}.`;
    expect(rewordSentence(input(long, 'fr', 'prohibition'))).toBeNull();
  });
});

const WORDS = [
  'Il',
  'est',
  'interdit',
  'de',
  "d'",
  'publier',
  'ne',
  'Ne',
  'pas',
  'jamais',
  'sans',
  'sauf',
  'si',
  'nul',
  'peut',
  'Seuls',
  'les',
  'la',
  "l'",
  'photo',
  'consentement',
  'autorisation',
  'vos',
  'mots',
  'passe',
  'doivent',
  'Vous',
  'devez',
  'Do',
  'not',
  'post',
  'without',
  'unless',
  'consent',
  'Never',
  'share',
  'your',
  'password',
  'No',
  'one',
  'may',
  'Only',
  'must',
  'Employees',
  'anything',
  'you',
  "wouldn't",
  'want',
  'to',
  'see',
  ',',
  ':',
  '.',
  '!',
  '?',
  '’',
  'et',
  'and',
  'or',
  'ou',
  'aucun',
  'toléré',
  'propos',
  'haineux',
  'hate',
  'speech',
  'is',
  'prohibited',
];

describe('rewordSentence on arbitrary input', () => {
  it('never throws and returns an edit in bounds that gives the result', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('fr' as const, 'en' as const),
        fc.constantFrom(...TONE_LABELS),
        (t, lang, label) => {
          const r = rewordSentence(input(t, lang, label));
          if (r === null) return;
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.start).toBeLessThanOrEqual(r.end);
          expect(r.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(0, r.start) + r.replacement + t.slice(r.end)).toBe(r.result);
          expect(r.result).not.toBe(t);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
