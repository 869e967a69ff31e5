import { z } from 'zod';
import { hasEnablingNear, pendingBySection } from '../../nearby.js';
import { isColdObligation } from '../../rewrite/index.js';
import { defineRule } from '../../rule.js';
import { positiveSuggestions } from './positive.js';

const schema = z.strictObject({
  near: z.enum(['none', 'block', 'section']).default('block'),
});

/** `tone/cold-obligation`: an obligation stated bare — no reason, nothing enabling beside it — that can be reworded. */
export const coldObligation = defineRule({
  id: 'tone/cold-obligation',
  defaultSeverity: 'info',
  severities: { recommended: 'info', strict: 'warning' },
  schema,
  messages: {
    fr: {
      cold: {
        found: 'Obligation formulée sèchement, sans raison ni aide',
        expected: 'dites pourquoi («\u00a0afin de…\u00a0») ou formulez-la comme une invitation',
      },
    },
    en: {
      cold: {
        found: 'Obligation stated bluntly, with no reason or help',
        expected: 'say why (“so that…”) or phrase it as an invitation',
      },
    },
  },
  docs: {
    summary: {
      fr: 'Une obligation est donnée comme un ordre (sans dire pourquoi, sans aide à côté) alors qu’une formulation plus engageante existe.',
      en: 'An obligation is given as an order (no reason, no help beside it) when a more engaging wording exists.',
    },
    details: {
      fr: 'Une obligation est «\u00a0sèche\u00a0» quand elle ne donne aucune raison (pas de «\u00a0afin de\u00a0», «\u00a0pour + infinitif\u00a0», «\u00a0car\u00a0», «\u00a0parce que\u00a0»…), n’offre aucune aide, ne renvoie pas à une loi, et qu’aucune phrase habilitante ne l’accompagne dans le même bloc (option `near`). La règle ne la signale que lorsqu’une reformulation positive concrète existe pour sa grammaire («\u00a0Vous devez…\u00a0» → «\u00a0Nous comptons sur vous pour…\u00a0»), et la propose\u00a0: chaque alerte est donc une amélioration prête à appliquer. Elle est informative dans le préréglage `recommended`\u00a0: une charte a besoin d’obligations, il s’agit d’en soigner le ton.',
      en: 'An obligation is “cold” when it gives no reason (no “so that”, “in order to”, “because”, “to protect”…), offers no help, cites no law, and no enabling sentence accompanies it in the same block (option `near`). The rule reports it only when a concrete positive rewording exists for its grammar (“You must…” → “We count on you to…”), and offers it: every finding is an improvement ready to apply. It is informational in the `recommended` preset: a charter needs obligations; this is about their tone.',
    },
    why: {
      fr: 'La force de valorisation d’une charte «\u00a0vient surtout du ton du document\u00a0». Une obligation qui explique son but est comprise et partagée\u00a0; un ordre nu est seulement subi.',
      en: 'A charter’s power to value people “comes mostly from the document’s tone”. An obligation that explains its purpose is understood and shared; a bare order is merely endured.',
    },
    options: {
      near: {
        fr: 'Où une phrase habilitante suffit à réchauffer l’obligation\u00a0: `block` (défaut), `section`, ou `none` (seule une raison compte).',
        en: 'Where an enabling sentence is enough to warm the obligation up: `block` (default), `section`, or `none` (only a reason counts).',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input: 'Vous devez vérifier vos paramètres de confidentialité avant chaque publication.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          'Vous devez vérifier vos paramètres de confidentialité avant chaque publication, afin de protéger vos élèves.\n',
      },
      {
        lang: 'en',
        valid: false,
        input: 'You must check your privacy settings before every post.\n',
      },
      {
        lang: 'en',
        valid: true,
        input: 'You must check your privacy settings before every post, so that your students stay safe.\n',
      },
    ],
  },
  create(context) {
    const { facts, options, lang } = context;
    const pending = pendingBySection(facts, 'obligation');
    return {
      sentence(index) {
        pending.add(index);
      },
      sectionExit(section) {
        for (const index of pending.take(section)) {
          if (options.near !== 'none' && hasEnablingNear(facts, index, options.near)) continue;
          // One definition of « cold » for the rule and the rewordings: no reason, no help, no law.
          const sentence = facts.sentences[index];
          if (!isColdObligation(sentence.text, sentence.lang)) continue;
          // Only an obligation that can be reworded is reported: every finding comes with its fix.
          const suggestions = positiveSuggestions(facts, lang, index, { template: false });
          if (suggestions.length === 0) continue;
          context.report({
            target: { kind: 'sentence', sentence: index },
            message: 'cold',
            label: 'obligation',
            suggestions,
          });
        }
      },
    };
  },
});
