import { z } from 'zod';
import { suggestionTitle } from '../../messages.js';
import { isHeading } from '../../nearby.js';
import { defineRule } from '../../rule.js';
import { CLAUSE_SPECS } from '../coverage/clauses.js';

const schema = z.strictObject({});

/** `tone/no-room-for-error`: sanctions, but nothing on what happens after an honest error or omission. */
export const noRoomForError = defineRule({
  id: 'tone/no-room-for-error',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'error' },
  schema,
  messages: {
    fr: {
      missing: {
        found: '{sanctions} sanction(s), mais rien sur l’erreur ou l’oubli de bonne foi',
        expected: 'dites quoi faire après une erreur honnête (corriger, prévenir, obtenir de l’aide)',
      },
    },
    en: {
      missing: {
        found: '{sanctions} sanction(s), but nothing on honest error or omission',
        expected: 'say what to do after an honest mistake (correct it, tell someone, get help)',
      },
    },
  },
  docs: {
    summary: {
      fr: 'La charte prévoit des sanctions mais ne dit rien de l’erreur ou de l’oubli de bonne foi.',
      en: 'The charter provides for sanctions but says nothing about honest error or omission.',
    },
    details: {
      fr: 'La règle se déclenche quand le document contient au moins une sanction et que la détection des clauses ne trouve pas de clause «\u00a0droit à l’erreur\u00a0» (voir `coverage/human-error`). Elle pointe la première sanction et propose d’ajouter, juste après son paragraphe, un paragraphe qui dit quoi faire après une erreur. Sans sanction, elle se tait\u00a0: c’est alors `coverage/human-error` qui rappelle la clause.',
      en: 'The rule fires when the document holds at least one sanction and the clause detection finds no “room for human error” clause (see `coverage/human-error`). It points at the first sanction and offers to add, right after its paragraph, a paragraph saying what to do after a mistake. Without sanctions it stays silent: `coverage/human-error` then asks for the clause.',
    },
    why: {
      fr: 'Une charte doit tenir compte du «\u00a0caractère humain (erreur, oubli)\u00a0». Annoncer des sanctions sans dire qu’une erreur honnête se corrige avec aide fait craindre la moindre publication — l’inverse de l’implication recherchée.',
      en: 'A charter must account for “the human side (error, omission)”. Announcing sanctions without saying that an honest mistake is fixed with help makes people fear every post — the opposite of the involvement it seeks.',
    },
    options: {},
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          '## Manquements\n\nTout manquement à la présente charte pourra entraîner des mesures disciplinaires.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input: `## Manquements\n\nTout manquement à la présente charte pourra entraîner des mesures disciplinaires.\n\n${CLAUSE_SPECS['human-error'].text.fr.template({ name: null, kind: null, values: [], platforms: [] })}\n`,
      },
      {
        lang: 'en',
        valid: false,
        input: '## Breaches\n\nAny breach of this charter may result in disciplinary action.\n',
      },
      {
        lang: 'en',
        valid: true,
        input: `## Breaches\n\nAny breach of this charter may result in disciplinary action.\n\n${CLAUSE_SPECS['human-error'].text.en.template({ name: null, kind: null, values: [], platforms: [] })}\n`,
      },
    ],
  },
  create(context) {
    const { facts, lang } = context;
    let first = -1;
    return {
      sentence(index) {
        if (first < 0 && facts.sentences[index].tone.label === 'sanction' && !isHeading(facts, index))
          first = index;
      },
      end() {
        if (first < 0 || facts.clause('human-error').present) return;
        const text = CLAUSE_SPECS['human-error'].text[lang];
        context.report({
          target: { kind: 'sentence', sentence: first },
          message: 'missing',
          label: 'sanction',
          params: { sanctions: facts.documentCounts.sanction },
          suggestions: [
            {
              title: suggestionTitle(lang, 'addClause', { clause: text.name }),
              edits: [
                {
                  kind: 'insert-after-block',
                  block: facts.sentences[first].block,
                  text: text.template(facts.organization),
                },
              ],
            },
          ],
        });
      },
    };
  },
});
