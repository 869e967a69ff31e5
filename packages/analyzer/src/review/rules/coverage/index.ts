/**
 * `coverage/<clause>`: one rule per key clause of the checklist, all built by `coverageRule`. Each reads
 * the clause coverage detected before the walk, and suggests a template paragraph in the section that
 * serves the clause's pillar (or at the opening, or the end, of the document).
 */
import { z } from 'zod';
import type { Lang, Severity } from '../../../types.js';
import type { ReviewFacts } from '../../facts.js';
import { pillarName, suggestionTitle } from '../../messages.js';
import type { PresetSeverities, RelativeEdit, Rule, Target } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { CLAUSES, type ClauseId } from '../../types.js';
import { CLAUSE_SPECS, type ClausePlace } from './clauses.js';

/** The clauses the seed insists on: a charter that misses them frames without valuing. */
const CORE: ReadonlySet<ClauseId> = new Set<ClauseId>([
  'purpose',
  'scope',
  'privacy',
  'image-consent',
  'respect',
  'human-error',
  'initiatives',
  'help-contact',
  'incident-reporting',
  'proportional-consequences',
]);

const BASE: Record<Lang, string> = {
  fr: '# Médias sociaux\n\nNos écoles publient chaque semaine des nouvelles de leurs activités.\n',
  en: '# Social media\n\nOur schools post news about their activities every week.\n',
};

const NO_ORGANIZATION = { name: null, kind: null, values: [], platforms: [] };

/** Where a clause's template goes, and what a finding about it points at. */
function placement(
  facts: ReviewFacts,
  place: ClausePlace,
): { edit: (text: string) => RelativeEdit; target: Target } {
  const { sections, blocks } = facts.document;
  if (place === 'opening') {
    // The first section with text of its own (the introduction, under the title or before any heading).
    const block = blocks.find((b) => b.kind !== 'heading');
    if (block)
      return {
        edit: (text) => ({ kind: 'append-to-section', section: block.section, text }),
        target: { kind: 'document' },
      };
  } else if (place !== 'end') {
    const section = sections.find((s) => s.level > 0 && facts.sectionPillars[s.index]?.includes(place));
    if (section) {
      return {
        edit: (text) => ({ kind: 'append-to-section', section: section.index, text }),
        target: { kind: 'section', section: section.index },
      };
    }
  }
  return { edit: (text) => ({ kind: 'append-to-document', text }), target: { kind: 'document' } };
}

/**
 * The rule for one clause.
 *
 * @example
 * coverageRule('human-error').id // → 'coverage/human-error'
 */
export function coverageRule(clause: ClauseId): Rule {
  const spec = CLAUSE_SPECS[clause];
  const core = CORE.has(clause);
  const severities: PresetSeverities = core
    ? { recommended: 'warning', strict: 'error' }
    : { recommended: 'info', strict: 'warning' };
  const defaultSeverity: Severity = core ? 'warning' : 'info';
  const { fr, en } = spec.text;
  return defineRule({
    id: `coverage/${clause}`,
    defaultSeverity,
    severities,
    schema: z.strictObject({}),
    messages: {
      fr: { missing: { found: `Clause «\u00a0${fr.name}\u00a0» absente`, expected: fr.should } },
      en: { missing: { found: `No “${en.name}” clause`, expected: en.should } },
    },
    docs: {
      summary: {
        fr: `La charte ne contient pas de clause «\u00a0${fr.name}\u00a0».`,
        en: `The charter has no “${en.name}” clause.`,
      },
      details: {
        fr: `La règle lit la détection des clauses clés (\`detectCoverage\`), qui repère les phrases traitant du sujet d’après leurs mots et leur étiquette de ton. Une clause «\u00a0${fr.name}\u00a0» devrait\u00a0: ${fr.should.replace(/^dites/, 'dire')}. Sans elle, la règle propose d’ajouter un paragraphe type${placeFr(spec.place)}\u00a0; il reprend le nom, les plateformes et les valeurs de l’organisation quand la configuration les donne.`,
        en: `The rule reads the key-clause detection (\`detectCoverage\`), which finds the sentences dealing with the subject from their words and tone label. A “${en.name}” clause should ${en.should}. Without one, the rule offers to add a template paragraph${placeEn(spec.place)}; it uses the organization’s name, platforms and values when the configuration gives them.`,
      },
      why: { fr: WHY.fr[clause], en: WHY.en[clause] },
      options: {},
      examples: (['fr', 'en'] as const).flatMap((lang) => [
        { lang, valid: false, input: BASE[lang] },
        { lang, valid: true, input: `${BASE[lang]}\n${spec.text[lang].template(NO_ORGANIZATION)}\n` },
      ]),
    },
    create(context) {
      const { facts, lang } = context;
      return {
        end() {
          if (facts.clause(clause).present) return;
          const where = placement(facts, spec.place);
          const template = spec.text[lang].template(facts.organization);
          context.report({
            target: where.target,
            message: 'missing',
            suggestions: [
              {
                title: suggestionTitle(lang, 'addClause', { clause: spec.text[lang].name }),
                edits: [where.edit(template)],
              },
            ],
          });
        },
      };
    },
  });
}

function placeFr(place: ClausePlace): string {
  if (place === 'opening') return ' dans l’introduction';
  if (place === 'end') return ' à la fin du document';
  return ` dans la section du pilier «\u00a0${pillarName('fr', place)}\u00a0» (ou à la fin du document s’il n’y en a pas)`;
}

function placeEn(place: ClausePlace): string {
  if (place === 'opening') return ' to the introduction';
  if (place === 'end') return ' at the end of the document';
  return ` to the section serving the “${pillarName('en', place)}” pillar (or at the end of the document if there is none)`;
}

const WHY: Record<Lang, Record<ClauseId, string>> = {
  fr: {
    purpose:
      'Une charte doit encadrer, communiquer, éduquer et valoriser. Dire d’emblée son but — une «\u00a0opportunité\u00a0» plutôt qu’une «\u00a0contrainte\u00a0» — donne le ton de tout le reste.',
    scope:
      'Chacun doit savoir si la charte le concerne, et pour quelles plateformes\u00a0: un cadre flou inquiète plus qu’il ne rassure.',
    'official-accounts':
      'Les médias sociaux permettent «\u00a0à des acteurs variés de s’exprimer\u00a0»\u00a0: dire comment ouvrir un compte officiel transforme ces initiatives en présence reconnue plutôt qu’en comptes clandestins.',
    'personal-use':
      'Le personnel a une vie en ligne\u00a0; lui dire comment parler en son nom, plutôt que le lui interdire, respecte sa liberté tout en protégeant l’organisation.',
    privacy:
      'Protéger les renseignements personnels est une attente légitime des élèves, des parents et du personnel\u00a0; la charte doit dire comment, et vers qui se tourner en cas de doute.',
    'image-consent':
      'La photo d’un élève exige le consentement de ses parents. Dire comment l’obtenir permet de continuer à montrer la vie de l’école en toute confiance.',
    respect:
      'Des échanges respectueux sont la condition d’une communauté vivante\u00a0; dire quoi faire face au harcèlement protège sans paralyser.',
    'intellectual-property':
      'Partager le travail des autres est au cœur des médias sociaux\u00a0; dire comment le faire en respectant leurs droits évite des erreurs de bonne foi.',
    'human-error':
      'Une charte doit tenir compte du «\u00a0caractère humain (erreur, oubli)\u00a0». Dire quoi faire après une erreur honnête — corriger, prévenir, obtenir de l’aide — est ce qui la distingue d’un règlement punitif.',
    initiatives:
      '«\u00a0Les initiatives qui s’inscrivent dans les valeurs de l’organisation doivent être encouragées et valorisées\u00a0»\u00a0: elles stimulent le sentiment d’appartenance et apportent des idées nouvelles.',
    'community-management':
      'Communiquer «\u00a0n’est plus l’apanage du service des communications\u00a0»\u00a0: celui-ci anime désormais une communauté. Dire qui anime, qui modère et dans quels délais on répond rend ce rôle visible.',
    'help-contact':
      'Savoir à qui poser une question transforme la charte en accompagnement\u00a0; sans contact, chacun reste seul devant les règles.',
    'incident-reporting':
      'Un incident signalé tôt se règle mieux\u00a0; dire comment signaler, et que ce sera traité avec confidentialité, donne confiance pour le faire.',
    'proportional-consequences':
      'Les abus doivent être sanctionnés, mais une erreur de bonne foi n’est pas un abus. Des conséquences proportionnées rendent le cadre juste et crédible.',
    'review-date':
      'Les médias sociaux évoluent vite\u00a0; une date de révision montre que la charte est vivante et ouverte aux suggestions.',
  },
  en: {
    purpose:
      'A charter must frame, communicate, educate and value. Stating its purpose up front — an “opportunity” rather than a “constraint” — sets the tone for everything else.',
    scope:
      'Everyone should know whether the charter concerns them, and on which platforms: a vague frame worries more than it reassures.',
    'official-accounts':
      'Social media let “a variety of people speak”: saying how to open an official account turns these initiatives into a recognized presence rather than hidden accounts.',
    'personal-use':
      'Staff have a life online; telling them how to speak in their own name, rather than forbidding it, respects their freedom while protecting the organization.',
    privacy:
      'Protecting personal information is a legitimate expectation of students, parents and staff; the charter should say how, and whom to ask when in doubt.',
    'image-consent':
      'A student’s photo requires the parents’ consent. Saying how to get it lets people keep showing school life with confidence.',
    respect:
      'Respectful exchanges are what keeps a community alive; saying what to do about harassment protects without paralysing.',
    'intellectual-property':
      'Sharing other people’s work is at the heart of social media; saying how to do it while respecting their rights prevents honest mistakes.',
    'human-error':
      'A charter must account for “the human side (error, omission)”. Saying what to do after an honest mistake — correct it, tell someone, get help — is what sets it apart from a punitive rulebook.',
    initiatives:
      '“Initiatives that fit the organization’s values must be encouraged and showcased”: they build a sense of belonging and bring new ideas.',
    'community-management':
      'Communicating “is no longer the preserve of the communications department”: it now animates a community. Saying who animates, who moderates and how fast messages are answered makes that role visible.',
    'help-contact':
      'Knowing whom to ask turns the charter into support; without a contact, everyone stands alone before the rules.',
    'incident-reporting':
      'An incident reported early is easier to handle; saying how to report it, and that it will be handled confidentially, gives people the confidence to do so.',
    'proportional-consequences':
      'Abuse must be sanctioned, but an honest mistake is not abuse. Proportional consequences make the frame fair and credible.',
    'review-date':
      'Social media change fast; a review date shows the charter is alive and open to suggestions.',
  },
};

/** The fifteen coverage rules, in checklist order. */
export const COVERAGE_RULES: readonly Rule[] = CLAUSES.map(coverageRule);
