/** The shape of a result: cue span, confidence and explanation, on examples and on arbitrary input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { RULE_IDS } from './hit.js';
import { classifyEnglish } from './index.js';
import { tokenize } from './tokens.js';

const SAMPLES = [
  'Employees must not share passwords with anyone.',
  'You are welcome to share our posts.',
  '“Don’t post photos of students,” the principal reminds staff.',
  'We’ll answer your questions within two business days.',
  'The district reserves the right to remove comments that violate this policy.',
  'If you have questions, please contact the communications office.',
  'Only the webmaster may change the page settings.',
  'Social media means any platform where people share content.',
  'Thank you for keeping this page friendly!',
  'No spam or self-promotion.',
  'Can I share photos from a school trip?',
  'Personal Use of Social Media',
];

describe('cue', () => {
  it.each(SAMPLES)('is an exact slice of the sentence: %s', (text) => {
    const { cue } = classifyEnglish(text);
    if (cue === null) return;
    expect(cue.start).toBeGreaterThanOrEqual(0);
    expect(cue.end).toBeLessThanOrEqual(text.length);
    expect(cue.start).toBeLessThan(cue.end);
    expect(cue.text).toBe(text.slice(cue.start, cue.end));
  });

  it.each([
    ['Employees must not share passwords with anyone.', 'must not'],
    ['Staff are not permitted to friend students online.', 'not permitted'],
    ['Violations may result in disciplinary action.', 'result in disciplinary action'],
    ['We’ll answer your questions within two business days.', 'We’ll answer'],
    ['Please refrain from posting personal information.', 'refrain from'],
    ['No one may open an account in the school’s name.', 'No one may'],
    ['There is no place for hate speech on our pages.', 'There is no place'],
  ])('holds the deciding words: %s', (text, words) => {
    expect(classifyEnglish(text).cue?.text).toContain(words);
  });

  it('is null when nothing decided the default label', () => {
    expect(classifyEnglish('The board met on Tuesday.').cue).toBeNull();
  });
});

describe('confidence', () => {
  it('is high for a strong unambiguous cue', () => {
    expect(classifyEnglish('Employees must not share passwords.').confidence).toBeGreaterThanOrEqual(0.9);
    expect(classifyEnglish('Harassment is strictly prohibited.').confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('is lower for the default label than for any cue', () => {
    const none = classifyEnglish('The board met on Tuesday.').confidence;
    expect(none).toBeLessThan(0.6);
    expect(classifyEnglish('Respect others.').confidence).toBeGreaterThan(none);
  });

  it('drops when clauses disagree', () => {
    const alone = classifyEnglish('Spam is prohibited.').confidence;
    const mixed = classifyEnglish('Spam is prohibited, and it will be removed.').confidence;
    expect(mixed).toBeLessThan(alone);
  });

  it('drops when a later cue overrides the first one', () => {
    const plain = classifyEnglish('We expect users to stay courteous.').confidence;
    const contrasted = classifyEnglish(
      'We are here to help, but we expect users to stay courteous.',
    ).confidence;
    expect(contrasted).toBeLessThan(plain);
  });
});

describe('explanation', () => {
  it.each(RULE_IDS)('exists for rule %s', (rule) => {
    const text = explain(rule, 'cue');
    expect(text).toMatch(/\.$/);
    expect(text.length).toBeGreaterThan(20);
  });

  it.each(SAMPLES)('is a short English sentence that quotes the cue: %s', (text) => {
    const { cue, explanation } = classifyEnglish(text);
    expect(explanation.length).toBeGreaterThan(10);
    expect(explanation.length).toBeLessThan(140);
    expect(explanation).toMatch(/\.$/);
    expect(explanation).not.toMatch(/[àâçéèêëîïôûù]|\b(?:le|la|les|une|est|pas)\b/i);
    if (cue) expect(explanation).toContain(`“${cue.text}”`);
  });

  it('names what the cue does', () => {
    expect(classifyEnglish('Employees must not share passwords.').explanation).toBe(
      '“must not share” forbids an action.',
    );
    expect(classifyEnglish('You do not have to follow our accounts.').explanation).toContain(
      'lifts an obligation',
    );
  });
});

describe('arbitrary input', () => {
  const pieces = [
    'do',
    'not',
    "n't",
    'must',
    'may',
    'we',
    'will',
    'be',
    'removed',
    ',',
    ';',
    ':',
    '(',
    ')',
    '?',
    '!',
    '"',
    '’',
    'that',
    'who',
    'if',
    'only',
    'no',
    'one',
    'the',
    'right',
    'to',
    'reserve',
    'İ',
    '😀',
    '1.',
    'e.g.',
    '—',
    'Thank',
    'you',
    'have',
    'need',
    'able',
    'under',
    'subject',
    'there',
    'is',
    'and',
    'but',
    'Please',
  ];
  const sentence = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(' ')),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
  );

  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const r = classifyEnglish(text);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.explanation.length).toBeGreaterThan(0);
        if (r.cue) {
          expect(r.cue.text).toBe(text.slice(r.cue.start, r.cue.end));
          expect(r.cue.start).toBeLessThan(r.cue.end);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer whatever sentence came before (no state leaks between calls)', () => {
    fc.assert(
      fc.property(sentence, sentence, (before, text) => {
        const alone = classifyEnglish(text);
        classifyEnglish(before);
        expect(classifyEnglish(text)).toEqual(alone);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokens', () => {
  const forms = (text: string) => {
    const t = tokenize(text);
    return t.w.slice(0, t.n);
  };

  it('expands contractions with straight and typographic apostrophes', () => {
    expect(forms("Don't post")).toEqual(['do', 'not', 'post']);
    expect(forms('We’ll help; you can’t')).toEqual(['we', 'will', 'help', ';', 'you', 'can', 'not']);
    expect(forms("It's the school's page")).toEqual(['it', 'is', 'the', 'school', "'s", 'page']);
    expect(forms('Staff cannot post')).toEqual(['staff', 'can', 'not', 'post']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Please don’t SHARE two-factor codes.';
    const t = tokenize(text);
    const slices = [];
    for (let i = 0; i < t.n; i++) slices.push(text.slice(t.s[i], t.e[i]));
    expect(slices).toEqual(['Please', 'do', 'n’t', 'SHARE', 'two-factor', 'codes', '.']);
  });
});

describe('degenerate fragments', () => {
  it('never gives an empty cue when a fragment is made of adverbs only', () => {
    for (const text of ['only only', 'Only only.', 'just only', 'always only']) {
      const r = classifyEnglish(text);
      if (r.cue) expect(r.cue.start).toBeLessThan(r.cue.end);
    }
  });
});
