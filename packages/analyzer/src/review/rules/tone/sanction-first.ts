import { z } from 'zod';
import { isHeading } from '../../nearby.js';
import { defineRule } from '../../rule.js';

const schema = z.strictObject({
  minSanctions: z.number().int().min(1).default(2),
});

/** `tone/sanction-first`: a section that opens with consequences, or has more sanctions than support. */
export const sanctionFirst = defineRule({
  id: 'tone/sanction-first',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'error' },
  schema,
  messages: {
    fr: {
      opens: {
        found: 'La section «\u00a0{title}\u00a0» s’ouvre sur une sanction',
        expected: 'commencez par le but, les attentes et l’aide offerte, puis les conséquences',
      },
      outweighs: {
        found:
          'La section «\u00a0{title}\u00a0» compte {sanctions} sanction(s) pour {support} phrase(s) de soutien',
        expected: 'au moins autant d’accompagnement (engagements, encouragements) que de sanctions',
      },
      opensDocument: {
        found: 'Le texte s’ouvre sur une sanction',
        expected: 'commencez par le but, les attentes et l’aide offerte, puis les conséquences',
      },
      outweighsDocument: {
        found: 'Le texte compte {sanctions} sanction(s) pour {support} phrase(s) de soutien',
        expected: 'au moins autant d’accompagnement (engagements, encouragements) que de sanctions',
      },
    },
    en: {
      opens: {
        found: 'Section “{title}” opens with a sanction',
        expected: 'start with the purpose, the expectations and the help offered, then the consequences',
      },
      outweighs: {
        found: 'Section “{title}” has {sanctions} sanction(s) for {support} supportive sentence(s)',
        expected: 'at least as much support (commitments, encouragement) as sanctions',
      },
      opensDocument: {
        found: 'The text opens with a sanction',
        expected: 'start with the purpose, the expectations and the help offered, then the consequences',
      },
      outweighsDocument: {
        found: 'The text has {sanctions} sanction(s) for {support} supportive sentence(s)',
        expected: 'at least as much support (commitments, encouragement) as sanctions',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Une section s’ouvre sur les conséquences, ou compte plus de sanctions que de soutien.',
      en: 'A section opens with consequences, or has more sanctions than support.',
    },
    details: {
      fr: 'Dans le texte propre de chaque section (le document sans titre compte comme une section), la règle regarde la première phrase qui n’est ni un titre ni informative\u00a0: si c’est une sanction, la section «\u00a0s’ouvre sur une sanction\u00a0». Sinon, dès que la section compte au moins `minSanctions` sanctions, elle les compare au soutien, c’est-à-dire aux engagements de l’organisation et aux encouragements. Une seule alerte par section.',
      en: 'In each section’s own text (a document without headings counts as one section), the rule looks at the first sentence that is neither a heading nor informative: if it is a sanction, the section “opens with a sanction”. Otherwise, once the section holds at least `minSanctions` sanctions, it compares them with support, that is the organization’s commitments and encouragement. One finding per section at most.',
    },
    why: {
      fr: '«\u00a0Si les abus et les dérapages doivent être sanctionnés, les initiatives […] doivent être encouragées et valorisées.\u00a0» Ouvrir sur la menace installe la méfiance\u00a0; présenter d’abord le but et l’accompagnement rend le cadre «\u00a0suffisamment strict pour être rassurant\u00a0», sans plus.',
      en: '“While abuses and slip-ups must be sanctioned, initiatives […] must be encouraged and showcased.” Opening with threats breeds distrust; putting the purpose and the support first makes the frame “strict enough to be reassuring”, and no more.',
    },
    options: {
      minSanctions: {
        fr: 'Nombre de sanctions à partir duquel une section doit offrir au moins autant de soutien\u00a0; une clause de conséquences isolée ne suffit pas à déclencher la règle.',
        en: 'Number of sanctions from which a section must offer at least as much support; a single consequences clause is not enough to trigger the rule.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          '## Manquements\n\nTout manquement pourra entraîner des mesures disciplinaires.\nLe service des communications vous accompagnera au besoin.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          '## Manquements\n\nLe service des communications vous accompagnera pour corriger une erreur.\nLes abus répétés pourront entraîner des mesures disciplinaires.\n',
      },
      {
        lang: 'en',
        valid: false,
        input:
          '## Breaches\n\nAny breach may result in disciplinary action.\nThe communications team will help you when needed.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          '## Breaches\n\nThe communications team will help you fix a mistake.\nRepeated abuse may result in disciplinary action.\n',
      },
    ],
  },
  create(context) {
    const { facts, options } = context;
    // The first voiced sentence of each open section's own text, if any yet.
    const opening = new Map<number, number>();
    return {
      sentence(index) {
        const sentence = facts.sentences[index];
        if (opening.has(sentence.section) || isHeading(facts, index)) return;
        if (sentence.tone.label !== 'informative') opening.set(sentence.section, index);
      },
      sectionExit(section) {
        const first = opening.get(section);
        opening.delete(section);
        const counts = facts.sectionCounts[section];
        const title = facts.document.sections[section]?.title ?? null;
        if (first !== undefined && facts.sentences[first].tone.label === 'sanction') {
          context.report({
            target: { kind: 'sentence', sentence: first },
            message: title === null ? 'opensDocument' : 'opens',
            label: 'sanction',
            params: { title: title ?? '' },
          });
          return;
        }
        const support = counts.commitment + counts.encouragement;
        if (counts.sanction >= options.minSanctions && counts.sanction > support) {
          context.report({
            target: { kind: 'section', section },
            message: title === null ? 'outweighsDocument' : 'outweighs',
            params: { title: title ?? '', sanctions: counts.sanction, support },
          });
        }
      },
    };
  },
});
