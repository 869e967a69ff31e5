import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { splitSentences } from './sentences.js';

/** The sentences of one block's text. */
function split(text: string, breaks: number[] = []): string[] {
  const ranges = splitSentences(text, breaks);
  const out: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) out.push(text.slice(ranges[i], ranges[i + 1]));
  return out;
}

/** The sentences of a whole document. */
function sentences(source: string, format: 'markdown' | 'html' | 'text' = 'markdown'): string[] {
  return parseDocument(source, { format }).sentences.map((s) => s.text);
}

describe('splitSentences: abbreviations', () => {
  it.each([
    [
      'M. Tremblay et Mme Roy sont présents. Ils votent.',
      ['M. Tremblay et Mme Roy sont présents.', 'Ils votent.'],
    ],
    [
      'Mmes Roy et Côté, MM. Paré et Blais, signent. Merci.',
      ['Mmes Roy et Côté, MM. Paré et Blais, signent.', 'Merci.'],
    ],
    [
      'Le Dr Gagnon et le Dr. Lévesque répondent. Ensuite on vote.',
      ['Le Dr Gagnon et le Dr. Lévesque répondent.', 'Ensuite on vote.'],
    ],
    ['Voir l’art. 3.2.1 du règlement. Il s’applique.', ['Voir l’art. 3.2.1 du règlement.', 'Il s’applique.']],
    [
      'Utilisez un réseau, p. ex. Facebook. Ou un autre.',
      ['Utilisez un réseau, p. ex. Facebook.', 'Ou un autre.'],
    ],
    [
      'Les comptes officiels, c.-à-d. ceux de l’école, sont gérés. Voilà.',
      ['Les comptes officiels, c.-à-d. ceux de l’école, sont gérés.', 'Voilà.'],
    ],
    [
      'Voir chap. 2, p. 14 et pp. 20-22, cf. annexe. Fin.',
      ['Voir chap. 2, p. 14 et pp. 20-22, cf. annexe.', 'Fin.'],
    ],
    [
      'Il y avait env. 20 personnes, ex. des parents. Bravo.',
      ['Il y avait env. 20 personnes, ex. des parents.', 'Bravo.'],
    ],
    ['Le formulaire n° 5 est requis. Signez-le.', ['Le formulaire n° 5 est requis.', 'Signez-le.']],
  ])('French: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    [
      'Mr. Smith and Mrs. Jones agree. Ms. Lee does not.',
      ['Mr. Smith and Mrs. Jones agree.', 'Ms. Lee does not.'],
    ],
    [
      'Use a network, e.g. Facebook, i.e. a public one. Then post.',
      ['Use a network, e.g. Facebook, i.e. a public one.', 'Then post.'],
    ],
    ['See No. 5 in the list. No. It is not.', ['See No. 5 in the list.', 'No.', 'It is not.']],
    [
      'We met at St. Mary’s vs. the other school. Fine.',
      ['We met at St. Mary’s vs. the other school.', 'Fine.'],
    ],
    ['It takes approx. 10 minutes. Go.', ['It takes approx. 10 minutes.', 'Go.']],
    [
      'Acme Inc. is a partner. We thank Acme Ltd. They help.',
      ['Acme Inc. is a partner.', 'We thank Acme Ltd.', 'They help.'],
    ],
    [
      'Dr. Jones works at Example Corp. with us. Good.',
      ['Dr. Jones works at Example Corp. with us.', 'Good.'],
    ],
  ])('English: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('ends a sentence at "etc." only before a capital', () => {
    expect(split('Publiez des photos, vidéos, etc. Les parents sont avisés.')).toEqual([
      'Publiez des photos, vidéos, etc.',
      'Les parents sont avisés.',
    ]);
    expect(split('Publiez des photos, vidéos, etc. et des textes.')).toEqual([
      'Publiez des photos, vidéos, etc. et des textes.',
    ]);
    expect(split('Photos, videos, etc. Parents are told.')).toEqual([
      'Photos, videos, etc.',
      'Parents are told.',
    ]);
  });

  it('keeps single capital initials with the name', () => {
    expect(split('J. Tremblay signe la charte. J.-P. Roy aussi.')).toEqual([
      'J. Tremblay signe la charte.',
      'J.-P. Roy aussi.',
    ]);
    expect(split('Signed by J. R. Smith. Thanks.')).toEqual(['Signed by J. R. Smith.', 'Thanks.']);
  });
});

describe('splitSentences: numbers', () => {
  it('does not split inside decimals or section numbers', () => {
    expect(split('La version 1.5 est publiée. La 2.0 suit.')).toEqual([
      'La version 1.5 est publiée.',
      'La 2.0 suit.',
    ]);
    expect(split('L’art. 3.2.1 s’applique à tous. Fin.')).toEqual([
      'L’art. 3.2.1 s’applique à tous.',
      'Fin.',
    ]);
    expect(split('Section 3.2.1 applies. So does 4.1.')).toEqual(['Section 3.2.1 applies.', 'So does 4.1.']);
  });

  it('ends a sentence after a section number followed by a capital', () => {
    expect(split('Voir la section 3.2.1. Elle précise les règles.')).toEqual([
      'Voir la section 3.2.1.',
      'Elle précise les règles.',
    ]);
  });

  it('keeps an enumerator with its item', () => {
    expect(split('1. Respecter les autres. 2. Citer ses sources.')).toEqual([
      '1. Respecter les autres.',
      '2. Citer ses sources.',
    ]);
    expect(split('3.2 Portée. Cette charte s’applique.')).toEqual([
      '3.2 Portée.',
      'Cette charte s’applique.',
    ]);
  });
});

describe('splitSentences: ellipses, quotes and marks', () => {
  it('ends at an ellipsis only before a capital or an opening quote', () => {
    expect(split('Attendez… La suite arrive... Ou pas... et encore.')).toEqual([
      'Attendez…',
      'La suite arrive...',
      'Ou pas... et encore.',
    ]);
    expect(split('Il hésite… « Non », dit-il.')).toEqual(['Il hésite…', '« Non », dit-il.']);
    expect(split('Wait... then go.')).toEqual(['Wait... then go.']);
  });

  it('keeps a closing guillemet with the sentence it ends', () => {
    expect(split('Il a dit « Non. » Puis il est parti.')).toEqual([
      'Il a dit « Non. »',
      'Puis il est parti.',
    ]);
    expect(split('Elle répond « Bravo ! » Nous applaudissons.')).toEqual([
      'Elle répond « Bravo ! »',
      'Nous applaudissons.',
    ]);
    expect(split('« Soyez bienveillants. » « Partagez vos bons coups. »')).toEqual([
      '« Soyez bienveillants. »',
      '« Partagez vos bons coups. »',
    ]);
  });

  it('does not end inside a quotation that goes on in lowercase', () => {
    expect(split('« Non. » dit-il doucement.')).toEqual(['« Non. » dit-il doucement.']);
  });

  it('keeps closing quotes in English', () => {
    expect(split('He said "Stop." Then he left.')).toEqual(['He said "Stop."', 'Then he left.']);
    expect(split('She wrote “Thanks!” We smiled.')).toEqual(['She wrote “Thanks!”', 'We smiled.']);
  });

  it('handles ?, !, ?! and !! with French spacing', () => {
    expect(split('Vraiment ? Oui !! Pourquoi ?! Parce que.')).toEqual([
      'Vraiment ?',
      'Oui !!',
      'Pourquoi ?!',
      'Parce que.',
    ]);
    expect(split('Really? Yes! Why?! Because.')).toEqual(['Really?', 'Yes!', 'Why?!', 'Because.']);
    expect(split('Pourquoi pas ? parce que c’est ainsi.')).toEqual(['Pourquoi pas ? parce que c’est ainsi.']);
  });

  it('handles parentheses', () => {
    expect(split('Nous publions (voir plus bas.) Ensuite (une note.) Fin.')).toEqual([
      'Nous publions (voir plus bas.)',
      'Ensuite (une note.)',
      'Fin.',
    ]);
    expect(split('Photos (etc.) are fine. Videos too.')).toEqual(['Photos (etc.) are fine.', 'Videos too.']);
  });
});

describe('splitSentences: URLs and e-mail addresses', () => {
  it('never splits inside an address', () => {
    expect(
      split('Consultez https://www.example.qc.ca/page.html. Écrivez à comms@example.org. Merci.'),
    ).toEqual(['Consultez https://www.example.qc.ca/page.html.', 'Écrivez à comms@example.org.', 'Merci.']);
    expect(split('Go to www.example.com/faq?x=1! Or write to help@example.org.')).toEqual([
      'Go to www.example.com/faq?x=1!',
      'Or write to help@example.org.',
    ]);
  });
});

describe('splitSentences: line breaks', () => {
  it('ends a sentence at a colon followed by a line break', () => {
    const text = 'Voici les règles : Respecter autrui Citer ses sources';
    expect(split(text, [text.indexOf(': ') + 1])).toEqual([
      'Voici les règles :',
      'Respecter autrui Citer ses sources',
    ]);
  });

  it('ends a line before a bulleted line and drops the bullet', () => {
    const text = '- Respecter autrui - Citer ses sources';
    expect(split(text, [text.indexOf(' - ')])).toEqual(['Respecter autrui', 'Citer ses sources']);
  });

  it('keeps a list-like block without sentence ends as one sentence', () => {
    const text = 'Respecter autrui Citer ses sources';
    expect(split(text, [text.indexOf(' Citer')])).toEqual([text]);
  });

  it('gives every non-empty text at least one sentence', () => {
    expect(split('Respectez la vie privée')).toEqual(['Respectez la vie privée']);
    expect(split('-')).toEqual(['-']);
    expect(split('...')).toEqual(['...']);
    expect(split('')).toEqual([]);
  });
});

describe('sentences in documents', () => {
  it('makes each list item without a period a sentence, never crossing blocks', () => {
    expect(sentences('Règles :\n\n- Respecter autrui\n- Citer ses sources\n\nMerci')).toEqual([
      'Règles :',
      'Respecter autrui',
      'Citer ses sources',
      'Merci',
    ]);
  });

  it('ends the introducer at its colon and marks it', () => {
    const doc = parseDocument(
      'Les règles suivantes s’appliquent :\n\n1. Respecter autrui.\n2. Citer ses sources.\n',
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Les règles suivantes s’appliquent :',
      'Respecter autrui.',
      'Citer ses sources.',
    ]);
    expect(doc.blocks.map((b) => b.introducesList)).toEqual([true, false, false]);
  });

  it('reads U+00A0 and U+202F before ?, !, : and » as spaces', () => {
    expect(
      sentences('Vraiment\u00a0? Oui\u202f! Il dit «\u00a0Non.\u00a0» Puis il part\u00a0: fin.'),
    ).toEqual(['Vraiment ?', 'Oui !', 'Il dit « Non. »', 'Puis il part : fin.']);
  });

  it('collapses whitespace inside a sentence', () => {
    expect(sentences('Un   texte\n  sur\tdeux lignes.  Et\u00a0un autre.')).toEqual([
      'Un texte sur deux lignes.',
      'Et un autre.',
    ]);
  });

  it('splits an HTML paragraph at <br> only where a sentence ends', () => {
    expect(sentences('<p>Première phrase.<br>Deuxième phrase<br>qui continue.</p>', 'html')).toEqual([
      'Première phrase.',
      'Deuxième phrase qui continue.',
    ]);
    expect(sentences('<p>Voici :<br>- Respecter autrui<br>- Citer ses sources</p>', 'html')).toEqual([
      'Voici :',
      'Respecter autrui',
      'Citer ses sources',
    ]);
  });
});
