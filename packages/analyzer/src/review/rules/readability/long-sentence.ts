import { z } from 'zod';
import { isHeading } from '../../nearby.js';
import { defineRule } from '../../rule.js';

const schema = z.strictObject({
  max: z.number().int().min(5).default(35),
});

/** `readability/long-sentence`: a sentence with more words than `max`. */
export const longSentence = defineRule({
  id: 'readability/long-sentence',
  defaultSeverity: 'info',
  severities: { recommended: 'info', strict: 'warning' },
  schema,
  messages: {
    fr: {
      long: {
        found: 'Phrase de {words} mots',
        expected: '{max} au plus\u00a0; coupez-la en deux ou allégez-la',
      },
    },
    en: {
      long: {
        found: 'Sentence of {words} words',
        expected: '{max} at most; split it in two or trim it',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Une phrase dépasse le nombre de mots permis.',
      en: 'A sentence has more words than allowed.',
    },
    details: {
      fr: 'Les mots sont les suites de lettres et de chiffres\u00a0; l’apostrophe et le trait d’union les relient («\u00a0l’élève\u00a0», «\u00a0c’est-à-dire\u00a0» comptent pour un mot). Les titres ne sont pas comptés. Le même seuil sert au nombre de phrases longues du rapport de lisibilité.',
      en: 'Words are runs of letters and digits; apostrophes and hyphens join them (“don’t”, “e-mail” count as one word). Headings are not counted. The same limit gives the count of long sentences in the readability report.',
    },
    why: {
      fr: 'Une charte doit être comprise de tous pour «\u00a0éduquer\u00a0». Une longue phrase juridique décourage la lecture\u00a0; deux phrases courtes disent la même chose plus clairement.',
      en: 'A charter must be understood by everyone to “educate”. A long legalistic sentence discourages reading; two short sentences say the same thing more clearly.',
    },
    options: {
      max: {
        fr: 'Nombre maximal de mots par phrase.',
        en: 'Maximum number of words per sentence.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          'Les membres du personnel qui souhaitent publier sur un compte officiel des photos prises lors d’activités scolaires doivent au préalable s’assurer que les parents de chaque élève visible ont signé le formulaire de consentement prévu à cet effet par la direction de l’école.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          'Avant de publier des photos d’une activité, vérifiez que les parents de chaque élève visible ont signé le formulaire de consentement. La direction de l’école vous le fournit.\n',
      },
      {
        lang: 'en',
        valid: false,
        input:
          'Staff members who wish to post photos taken during school activities on an official account must first make sure that the parents of every student who can be seen in them have signed the consent form provided for that purpose by the school’s principal.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          'Before you post photos of an activity, check that the parents of every student in them have signed the consent form. The principal can give you the form.\n',
      },
    ],
  },
  create(context) {
    const { facts, options } = context;
    return {
      sentence(index) {
        const words = facts.sentenceWords[index] ?? 0;
        if (words <= options.max || isHeading(facts, index)) return;
        context.report({
          target: { kind: 'sentence', sentence: index },
          message: 'long',
          params: { words, max: options.max },
        });
      },
    };
  },
});
