import { z } from 'zod';
import { defineRule } from '../../rule.js';

const schema = z.strictObject({
  min: z.number().min(0).max(100).default(40),
});

/** `readability/score`: the document's reading ease (Kandel–Moles in French, Flesch in English) is too low. */
export const readabilityScore = defineRule({
  id: 'readability/score',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'warning' },
  schema,
  messages: {
    fr: {
      low: {
        found: 'Lisibilité de {score}/100 ({formula}\u00a0; {wps} mots par phrase, {spw} syllabes par mot)',
        expected: 'au moins {min} attendu\u00a0; raccourcissez les phrases et préférez les mots courants',
      },
    },
    en: {
      low: {
        found: 'Reading ease of {score}/100 ({formula}; {wps} words per sentence, {spw} syllables per word)',
        expected: 'expected at least {min}; shorten sentences and prefer everyday words',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Le texte est difficile à lire\u00a0: son indice de lisibilité (Kandel–Moles en français, Flesch en anglais) est sous le seuil.',
      en: 'The text is hard to read: its reading-ease score (Kandel–Moles in French, Flesch in English) is below the threshold.',
    },
    details: {
      fr: [
        'Pour un document en français, l’indice de Kandel et Moles (1958), adaptation au français de la formule de Flesch\u00a0:',
        '',
        '> L = 207 − 1,015 × (mots / phrases) − 73,6 × (syllabes / mots)',
        '',
        'Pour un document en anglais, l’indice de facilité de lecture de Flesch (1948)\u00a0:',
        '',
        '> L = 206,835 − 1,015 × (mots / phrases) − 84,6 × (syllabes / mots)',
        '',
        'Le résultat est borné à 0–100 et arrondi (plus il est élevé, plus le texte est facile). On compte les phrases qui ne sont pas des titres et qui sont écrites dans la langue du document\u00a0; en dessous de 30 mots, l’indice n’est pas calculé. Les syllabes sont comptées par des règles d’écriture (groupes de voyelles, «\u00a0e\u00a0» muet final, «\u00a0-ent\u00a0» verbal en français\u00a0; «\u00a0e\u00a0», «\u00a0-ed\u00a0», «\u00a0-es\u00a0» muets en anglais), une approximation juste en moyenne.',
      ].join('\n'),
      en: [
        'For a French document, the Kandel and Moles (1958) index, Flesch’s formula adapted to French:',
        '',
        '> RE = 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)',
        '',
        'For an English document, the Flesch (1948) reading ease:',
        '',
        '> RE = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)',
        '',
        'The result is clamped to 0–100 and rounded (higher is easier). Sentences that are not headings and are written in the document’s language are counted; under 30 words no score is computed. Syllables are counted by spelling rules (vowel groups, a silent final “e”, the French verbal “-ent”; a silent “e”, “-ed”, “-es” in English), an approximation that is right on average.',
      ].join('\n'),
    },
    why: {
      fr: 'Pour «\u00a0éduquer\u00a0» et rassurer, la charte doit être lue et comprise par tout le personnel, pas seulement par ses rédacteurs. Un texte facile à lire est aussi un texte plus accueillant.',
      en: 'To “educate” and reassure, the charter must be read and understood by all staff, not only by those who wrote it. A text that is easy to read is also a more welcoming one.',
    },
    options: {
      min: {
        fr: 'Indice minimal attendu (0–100). 40 correspond à un texte «\u00a0difficile\u00a0» sur l’échelle de Flesch\u00a0; 60, à un texte courant.',
        en: 'Minimum expected score (0–100). 40 is “difficult” on Flesch’s scale; 60 is plain English.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          'La responsabilisation individuelle des intervenants relativement à l’utilisation institutionnelle des plateformes numériques constitue une préoccupation organisationnelle fondamentale nécessitant l’établissement de mécanismes d’encadrement appropriés et la sensibilisation systématique des collaborateurs concernés quant aux conséquences potentiellement préjudiciables de publications inconsidérées.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          'Les médias sociaux nous aident à faire connaître nos écoles. Vous pouvez y parler de vos projets. Pensez à demander l’accord des parents avant de montrer un élève. Si vous avez un doute, écrivez-nous. Nous vous aiderons avec plaisir.\n',
      },
      {
        lang: 'en',
        valid: false,
        input:
          'The individual accountability of institutional representatives regarding the organizational utilization of digital communication platforms constitutes a fundamental administrative consideration necessitating the establishment of appropriate supervisory mechanisms and the systematic sensitization of the collaborators concerned.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          'Social media help us share news from our schools. You can talk about your class projects. Ask the parents before you show a child. If you are not sure, write to us. We are glad to help you.\n',
      },
    ],
  },
  create(context) {
    const { facts, options, lang } = context;
    return {
      end() {
        const r = facts.readability;
        if (r.score === null || r.score >= options.min) return;
        const decimal = (value: number) =>
          lang === 'fr' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);
        context.report({
          target: { kind: 'document' },
          message: 'low',
          params: {
            score: r.score,
            min: options.min,
            formula: r.formula === 'kandel-moles' ? 'Kandel–Moles' : 'Flesch',
            wps: decimal(r.wordsPerSentence),
            spw: decimal(r.words > 0 ? r.syllables / r.words : 0),
          },
        });
      },
    };
  },
});
