/**
 * The key clauses of a charter, in both languages: a name, what the clause should say, and a short
 * template paragraph to start from — written in an enabling voice, and filled with the organization's
 * name, platforms and values when the configuration gives them.
 */
import type { Lang } from '../../../types.js';
import type { ClauseId, OrganizationProfile, Pillar } from '../../types.js';

export interface ClauseText {
  /** Short name, e.g. « droit à l’erreur ». */
  name: string;
  /** What the clause should say (lowercase start, no final stop: it ends a message). */
  should: string;
  /** A template paragraph. */
  template: (organization: OrganizationProfile) => string;
}

/** Where a clause's template goes: the opening text, a section serving a pillar, or the end. */
export type ClausePlace = Pillar | 'opening' | 'end';

export interface ClauseSpec {
  place: ClausePlace;
  text: Record<Lang, ClauseText>;
}

function orgFr(o: OrganizationProfile): string {
  return o.name ?? 'l’organisation';
}

function orgEn(o: OrganizationProfile): string {
  return o.name ?? 'the organization';
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function platformsFr(o: OrganizationProfile): string {
  return o.platforms.length ? list(o.platforms, 'et') : 'les médias sociaux';
}

function platformsEn(o: OrganizationProfile): string {
  return o.platforms.length ? list(o.platforms, 'and') : 'social media';
}

function valuesFr(o: OrganizationProfile): string {
  return o.values.length ? `nos valeurs (${list(o.values, 'et')})` : 'nos valeurs';
}

function valuesEn(o: OrganizationProfile): string {
  return o.values.length ? `our values (${list(o.values, 'and')})` : 'our values';
}

export const CLAUSE_SPECS: Record<ClauseId, ClauseSpec> = {
  purpose: {
    place: 'opening',
    text: {
      fr: {
        name: 'objet de la charte',
        should: 'dites pourquoi la charte existe et ce qu’elle permet, pas seulement ce qu’elle encadre',
        template: (o) =>
          `Cette charte explique comment le personnel de ${orgFr(o)} peut utiliser ${platformsFr(o)} avec confiance\u00a0: elle encadre, informe et met en valeur les initiatives de chacun.`,
      },
      en: {
        name: 'purpose of the charter',
        should: 'say why the charter exists and what it makes possible, not only what it frames',
        template: (o) =>
          `This charter explains how the staff of ${orgEn(o)} can use ${platformsEn(o)} with confidence: it frames, informs and showcases everyone’s initiatives.`,
      },
    },
  },
  scope: {
    place: 'opening',
    text: {
      fr: {
        name: 'champ d’application',
        should: 'dites à qui la charte s’applique et sur quelles plateformes',
        template: (o) =>
          `Elle s’applique à tout le personnel de ${orgFr(o)} qui publie sur ${platformsFr(o)}, sur un compte officiel ou en son nom lorsqu’il y est question de l’organisation.`,
      },
      en: {
        name: 'scope',
        should: 'say who the charter applies to and on which platforms',
        template: (o) =>
          `It applies to all staff of ${orgEn(o)} who post on ${platformsEn(o)}, on an official account or in their own name when the organization is concerned.`,
      },
    },
  },
  'official-accounts': {
    place: 'communiquer',
    text: {
      fr: {
        name: 'comptes officiels',
        should: 'dites qui peut ouvrir et animer un compte officiel, et comment',
        template: () =>
          'Vous pouvez ouvrir un compte officiel (classe, école, service) après en avoir parlé avec le service des communications, qui le répertorie et vous accompagne dans son animation.',
      },
      en: {
        name: 'official accounts',
        should: 'say who may open and run an official account, and how',
        template: () =>
          'You may open an official account (class, school, department) after talking with the communications team, who will list it and help you run it.',
      },
    },
  },
  'personal-use': {
    place: 'encadrer',
    text: {
      fr: {
        name: 'usage personnel',
        should: 'dites comment s’exprimer en son nom propre sans engager l’organisation',
        template: (o) =>
          `Sur vos comptes personnels, vous êtes libre de vous exprimer\u00a0: précisez simplement que vous parlez en votre nom et non au nom de ${orgFr(o)}.`,
      },
      en: {
        name: 'personal use',
        should: 'say how to speak in one’s own name without committing the organization',
        template: (o) =>
          `On your personal accounts you are free to speak your mind: simply make clear that you speak for yourself, not for ${orgEn(o)}.`,
      },
    },
  },
  privacy: {
    place: 'encadrer',
    text: {
      fr: {
        name: 'confidentialité et renseignements personnels',
        should: 'dites comment protéger les renseignements personnels et l’information confidentielle',
        template: () =>
          'Gardez confidentiels les renseignements personnels des élèves, des parents et des collègues\u00a0; en cas de doute, le service des communications vous aide à décider ce qui peut être publié.',
      },
      en: {
        name: 'confidentiality and personal information',
        should: 'say how to protect personal information and confidential matters',
        template: () =>
          'Keep the personal information of students, parents and colleagues confidential; when in doubt, the communications team will help you decide what can be posted.',
      },
    },
  },
  'image-consent': {
    place: 'encadrer',
    text: {
      fr: {
        name: 'droit à l’image et consentement',
        should: 'dites que la photo d’un élève demande le consentement de ses parents, et comment l’obtenir',
        template: () =>
          'Publiez la photo d’un élève une fois le consentement écrit de ses parents obtenu\u00a0; l’école tient à jour la liste des consentements et vous la transmet sur demande.',
      },
      en: {
        name: 'image rights and consent',
        should: 'say that a student’s photo needs the parents’ consent, and how to get it',
        template: () =>
          'Post a student’s photo once the parents’ written consent is on file; the school keeps the consent list up to date and shares it with you on request.',
      },
    },
  },
  respect: {
    place: 'encadrer',
    text: {
      fr: {
        name: 'respect et harcèlement',
        should: 'dites quels échanges sont attendus et que faire face au harcèlement',
        template: () =>
          'Nous encourageons des échanges courtois et respectueux\u00a0; le harcèlement et les propos haineux n’ont pas leur place sur nos comptes, et nous vous aidons à les signaler.',
      },
      en: {
        name: 'respect and harassment',
        should: 'say what exchanges are expected and what to do about harassment',
        template: () =>
          'We encourage courteous and respectful exchanges; harassment and hateful remarks have no place on our accounts, and we will help you report them.',
      },
    },
  },
  'intellectual-property': {
    place: 'encadrer',
    text: {
      fr: {
        name: 'propriété intellectuelle',
        should: 'dites comment partager le contenu des autres en respectant leurs droits',
        template: () =>
          'Vous pouvez partager le contenu d’autres personnes en citant leur auteur et en respectant leurs droits\u00a0; vos propres créations et les images libres de droits sont toujours bienvenues.',
      },
      en: {
        name: 'intellectual property',
        should: 'say how to share other people’s content while respecting their rights',
        template: () =>
          'You may share other people’s content by crediting its author and respecting their rights; your own creations and royalty-free images are always welcome.',
      },
    },
  },
  'human-error': {
    place: 'eduquer',
    text: {
      fr: {
        name: 'droit à l’erreur',
        should:
          'dites quoi faire après une erreur ou un oubli de bonne foi (corriger, prévenir, obtenir de l’aide)',
        template: () =>
          'Une erreur ou un oubli peut arriver à tout le monde\u00a0: corrigez-le dès que possible, prévenez le service des communications et nous trouverons une solution ensemble.',
      },
      en: {
        name: 'room for human error',
        should: 'say what to do after an honest error or omission (correct it, tell someone, get help)',
        template: () =>
          'Anyone can make a mistake or forget something: correct it as soon as you can, let the communications team know, and we will find a solution together.',
      },
    },
  },
  initiatives: {
    place: 'valoriser',
    text: {
      fr: {
        name: 'encouragement des initiatives',
        should:
          'dites que les initiatives sont encouragées, comment les proposer et comment elles sont soulignées',
        template: (o) =>
          `Nous encourageons les initiatives qui reflètent ${valuesFr(o)}\u00a0: proposez vos projets au service des communications, qui les fera connaître et les soulignera.`,
      },
      en: {
        name: 'encouraging initiatives',
        should: 'say that initiatives are encouraged, how to propose them and how they are recognized',
        template: (o) =>
          `We encourage initiatives that reflect ${valuesEn(o)}: propose your projects to the communications team, who will share and celebrate them.`,
      },
    },
  },
  'community-management': {
    place: 'communiquer',
    text: {
      fr: {
        name: 'animation et modération',
        should: 'dites qui anime et modère les comptes, et dans quels délais on répond',
        template: () =>
          'Le service des communications anime et modère les comptes officiels\u00a0; il s’engage à répondre aux messages dans un délai de deux jours ouvrables.',
      },
      en: {
        name: 'community management',
        should: 'say who animates and moderates the accounts, and how fast messages are answered',
        template: () =>
          'The communications team animates and moderates the official accounts; it commits to answering messages within two business days.',
      },
    },
  },
  'help-contact': {
    place: 'communiquer',
    text: {
      fr: {
        name: 'aide et contact',
        should: 'dites à qui s’adresser pour une question ou de l’aide',
        template: () =>
          'Pour toute question, le service des communications est là pour vous aider\u00a0: écrivez-lui ou passez le voir.',
      },
      en: {
        name: 'help and contact',
        should: 'say whom to contact with a question or for help',
        template: () =>
          'For any question, the communications team is here to help: write to them or drop by.',
      },
    },
  },
  'incident-reporting': {
    place: 'encadrer',
    text: {
      fr: {
        name: 'signalement d’un incident',
        should: 'dites comment signaler un contenu inapproprié ou un incident, et ce qui suit',
        template: () =>
          'Si vous constatez un contenu inapproprié ou un incident, signalez-le au service des communications\u00a0; votre signalement sera traité avec confidentialité.',
      },
      en: {
        name: 'reporting an incident',
        should: 'say how to report inappropriate content or an incident, and what happens next',
        template: () =>
          'If you see inappropriate content or an incident, report it to the communications team; your report will be handled confidentially.',
      },
    },
  },
  'proportional-consequences': {
    place: 'encadrer',
    text: {
      fr: {
        name: 'conséquences proportionnées',
        should:
          'dites que les conséquences sont proportionnées et distinguent l’erreur de bonne foi de l’abus',
        template: () =>
          'Les conséquences d’un manquement sont proportionnées à sa gravité\u00a0: une erreur de bonne foi se corrige avec accompagnement, tandis qu’un abus peut entraîner des mesures disciplinaires.',
      },
      en: {
        name: 'proportional consequences',
        should: 'say that consequences are proportional and tell honest error from abuse',
        template: () =>
          'Consequences are proportional to the breach: an honest mistake is fixed with support, while abuse may result in disciplinary action.',
      },
    },
  },
  'review-date': {
    place: 'end',
    text: {
      fr: {
        name: 'date de révision',
        should: 'dites quand la charte sera revue, et comment proposer des améliorations',
        template: () =>
          'Cette charte sera revue chaque année\u00a0; vos suggestions pour l’améliorer sont les bienvenues.',
      },
      en: {
        name: 'review date',
        should: 'say when the charter will be reviewed, and how to suggest improvements',
        template: () =>
          'This charter will be reviewed every year; your suggestions to improve it are welcome.',
      },
    },
  },
};
