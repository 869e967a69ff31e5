import { z } from 'zod';
import type { Lang } from '../../../types.js';
import { pillarName, suggestionTitle } from '../../messages.js';
import { defineRule } from '../../rule.js';
import { PILLARS, type Pillar } from '../../types.js';

const schema = z.strictObject({});

/** A first paragraph for a section that serves the pillar. */
const TEMPLATES: Record<Lang, Record<Pillar, string>> = {
  fr: {
    encadrer:
      'Ces règles protègent chacun — vie privée, consentement, respect — et le service des communications vous aide à les appliquer.',
    communiquer:
      'Le service des communications répertorie les comptes officiels, les anime avec vous et répond aux messages dans un délai de deux jours ouvrables.',
    eduquer: 'Nous offrons des ateliers et un guide pratique pour vous aider à publier en toute confiance.',
    valoriser:
      'Nous encourageons les initiatives qui reflètent nos valeurs et soulignons chaque année les plus belles réalisations de nos équipes.',
  },
  en: {
    encadrer:
      'These rules protect everyone — privacy, consent, respect — and the communications team will help you apply them.',
    communiquer:
      'The communications team keeps the list of official accounts, runs them with you and answers messages within two business days.',
    eduquer: 'We offer workshops and a practical guide to help you post with confidence.',
    valoriser:
      'We encourage initiatives that reflect our values and celebrate our teams’ best achievements every year.',
  },
};

/** `structure/missing-pillar`: no section serves one of the four pillars. */
export const missingPillar = defineRule({
  id: 'structure/missing-pillar',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'error' },
  schema,
  messages: {
    fr: {
      encadrer: {
        found: 'Aucune section ne sert le pilier «\u00a0Encadrer\u00a0»',
        expected: 'ajoutez une section qui pose le cadre (règles, consentement, conséquences proportionnées)',
      },
      communiquer: {
        found: 'Aucune section ne sert le pilier «\u00a0Communiquer\u00a0»',
        expected: 'ajoutez une section qui dit qui anime les comptes officiels et comment on communique',
      },
      eduquer: {
        found: 'Aucune section ne sert le pilier «\u00a0Éduquer\u00a0»',
        expected:
          'ajoutez une section qui explique, forme et guide (conseils, formations, questions fréquentes)',
      },
      valoriser: {
        found: 'Aucune section ne sert le pilier «\u00a0Valoriser\u00a0»',
        expected: 'ajoutez une section qui encourage les initiatives et les met en valeur',
      },
    },
    en: {
      encadrer: {
        found: 'No section serves the “Frame” pillar',
        expected: 'add a section that sets the frame (rules, consent, proportional consequences)',
      },
      communiquer: {
        found: 'No section serves the “Communicate” pillar',
        expected: 'add a section saying who runs the official accounts and how the organization communicates',
      },
      eduquer: {
        found: 'No section serves the “Educate” pillar',
        expected:
          'add a section that explains, trains and guides (tips, training, frequently asked questions)',
      },
      valoriser: {
        found: 'No section serves the “Value” pillar',
        expected: 'add a section that encourages initiatives and showcases them',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Aucune section de la charte ne sert l’un des quatre piliers\u00a0: Encadrer, Communiquer, Éduquer, Valoriser.',
      en: 'No section of the charter serves one of the four pillars: Frame, Communicate, Educate, Value.',
    },
    details: {
      fr: 'Les piliers servis par chaque section sont détectés d’après son titre **et** son contenu (`detectSectionPillars`)\u00a0: une section «\u00a0Nos comptes\u00a0» qui dit qui anime les comptes officiels sert «\u00a0Communiquer\u00a0» sans porter ce mot. Pour chaque pilier qu’aucune section ne sert, la règle propose d’ajouter à la fin du document une section titrée avec un premier paragraphe à adapter.',
      en: 'The pillars each section serves are detected from its heading **and** its content (`detectSectionPillars`): a section “Our accounts” that says who runs the official accounts serves “Communicate” without naming it. For each pillar no section serves, the rule offers to add, at the end of the document, a titled section with a first paragraph to adapt.',
    },
    why: {
      fr: 'Une charte ne doit pas seulement encadrer\u00a0: elle doit aussi communiquer, éduquer et valoriser. Le pilier oublié est le plus souvent «\u00a0Valoriser\u00a0» — or c’est lui qui stimule le sentiment d’appartenance et l’implication.',
      en: 'A charter must not only frame: it must also communicate, educate and value. The pillar most often forgotten is “Value” — yet it is what builds belonging and involvement.',
    },
    options: {},
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          '# Charte\n\n## Encadrer\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\n\n## Communiquer\n\nLe service des communications anime les comptes officiels de l’école.\n\n## Éduquer\n\nNous offrons des ateliers pour apprendre à publier en toute confiance.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          '# Charte\n\n## Encadrer\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\n\n## Communiquer\n\nLe service des communications anime les comptes officiels de l’école.\n\n## Éduquer\n\nNous offrons des ateliers pour apprendre à publier en toute confiance.\n\n## Valoriser\n\nNous encourageons les initiatives des équipes et soulignons chaque année leurs plus beaux projets.\n',
      },
      {
        lang: 'en',
        valid: false,
        input:
          '# Charter\n\n## Frame\n\nDo not post photos of students without their parents’ consent.\n\n## Communicate\n\nThe communications team runs the school’s official accounts.\n\n## Educate\n\nWe offer workshops to help you post with confidence.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          '# Charter\n\n## Frame\n\nDo not post photos of students without their parents’ consent.\n\n## Communicate\n\nThe communications team runs the school’s official accounts.\n\n## Educate\n\nWe offer workshops to help you post with confidence.\n\n## Value\n\nWe encourage staff initiatives and celebrate the best projects every year.\n',
      },
    ],
  },
  create(context) {
    const { facts, lang } = context;
    return {
      end() {
        for (const pillar of PILLARS) {
          if (facts.sectionPillars.some((pillars) => pillars.includes(pillar))) continue;
          const heading = pillarName(lang, pillar);
          context.report({
            target: { kind: 'document' },
            message: pillar,
            suggestions: [
              {
                title: suggestionTitle(lang, 'addPillar', { pillar: heading }),
                edits: [{ kind: 'append-to-document', heading, text: TEMPLATES[lang][pillar] }],
              },
            ],
          });
        }
      },
    };
  },
});
