import { z } from 'zod';
import { hasEnablingNear, pendingBySection } from '../../nearby.js';
import { defineRule } from '../../rule.js';
import { positiveSuggestions } from './positive.js';

const schema = z.strictObject({
  near: z.enum(['block', 'section']).default('section'),
});

/** `tone/bare-prohibition`: a prohibition with no enabling sentence near it. */
export const bareProhibition = defineRule({
  id: 'tone/bare-prohibition',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'warning' },
  schema,
  messages: {
    fr: {
      bare: {
        found: 'Interdiction sans phrase habilitante à proximité',
        expected: 'dites aussi ce qu’on peut faire à la place, ou reformulez en positif',
      },
    },
    en: {
      bare: {
        found: 'Prohibition with no enabling sentence near it',
        expected: 'also say what people can do instead, or reword it positively',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Une interdiction reste seule, sans phrase qui dise ce qu’on peut faire à la place.',
      en: 'A prohibition stands alone, with no sentence saying what people can do instead.',
    },
    details: {
      fr: 'Une interdiction est «\u00a0accompagnée\u00a0» quand une phrase habilitante (permission, encouragement ou engagement) se trouve dans le même bloc (paragraphe, élément de liste) ou, par défaut, dans le texte propre de la même section. Sinon, la règle propose une reformulation positive concrète quand la grammaire de la phrase le permet, et toujours une phrase habilitante à ajouter juste après l’interdiction.',
      en: 'A prohibition is “accompanied” when an enabling sentence (permission, encouragement or commitment) sits in the same block (paragraph, list item) or, by default, in the same section’s own text. Otherwise the rule offers a concrete positive rewording when the sentence’s grammar allows one, and always an enabling sentence to add right after the prohibition.',
    },
    why: {
      fr: 'Les politiques «\u00a0ont malheureusement tendance à dire ce qu’il ne faut pas faire plutôt que d’encourager ce qu’il est bon de faire\u00a0». Une interdiction qui montre aussi la voie permise garde le cadre tout en laissant la «\u00a0liberté de manœuvre\u00a0» qui donne envie de s’impliquer.',
      en: 'Policies “unfortunately tend to say what not to do rather than encourage what is good to do”. A prohibition that also shows the allowed way keeps the frame while leaving the “room to manoeuvre” that makes people want to take part.',
    },
    options: {
      near: {
        fr: '`section` (défaut)\u00a0: une phrase habilitante dans le même bloc ou la même section suffit\u00a0; `block`\u00a0: seulement dans le même bloc.',
        en: '`section` (default): an enabling sentence in the same block or section is enough; `block`: only in the same block.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          '## Photos\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          '## Photos\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\nVous pouvez publier des photos de groupe prises lors d’activités publiques.\n',
      },
      {
        lang: 'en',
        valid: false,
        input: '## Photos\n\nDo not post photos of students without their parents’ consent.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          '## Photos\n\nDo not post photos of students without their parents’ consent.\nYou may post group photos taken at public events.\n',
      },
      {
        lang: 'en',
        valid: true,
        options: { near: 'block' },
        input: 'Do not post photos of students without consent. We will gladly help you collect it.\n',
      },
    ],
  },
  create(context) {
    const { facts, options, lang } = context;
    const pending = pendingBySection(facts, 'prohibition');
    return {
      sentence(index) {
        pending.add(index);
      },
      sectionExit(section) {
        for (const index of pending.take(section)) {
          if (hasEnablingNear(facts, index, options.near)) continue;
          context.report({
            target: { kind: 'sentence', sentence: index },
            message: 'bare',
            label: 'prohibition',
            suggestions: positiveSuggestions(facts, lang, index, { template: true }),
          });
        }
      },
    };
  },
});
