import { analyze, type Lang } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import type { ClauseId, OrganizationProfile, ReviewInput } from '../types.js';
import { detectCoverage } from './index.js';

const NO_ORG: OrganizationProfile = { name: null, kind: null, values: [], platforms: [] };

function inputOf(source: string, lang: Lang, organization = NO_ORG): ReviewInput {
  const report = analyze(source, { lang });
  const { sections, blocks } = report.document;
  return { sentences: report.sentences, sections, blocks, lang: report.document.lang, organization };
}

function covered(source: string, lang: Lang, clause: ClauseId, organization = NO_ORG): string[] {
  const input = inputOf(source, lang, organization);
  const found = detectCoverage(input).find((c) => c.clause === clause);
  if (!found) throw new Error(`no result for ${clause}`);
  // Present exactly when sentences back it: the two must never disagree.
  expect(found.present).toBe(found.sentences.length > 0);
  return found.sentences.map((i) => input.sentences[i].text);
}

/** Sentences (or small documents) that state the clause, and ones that only brush against it. */
const CASES: Record<ClauseId, Record<Lang, { present: string[]; absent: string[] }>> = {
  purpose: {
    fr: {
      present: [
        'La présente charte a pour but de soutenir une présence positive sur les médias sociaux.',
        'Cette politique précise ce que l’organisation attend de son personnel en ligne.',
        'L’objectif de cette charte est de faire rayonner nos écoles.',
      ],
      absent: [
        'Le présent règlement sera expliqué aux élèves à la rentrée.',
        'La page officielle a pour but de relayer nos nouvelles.',
      ],
    },
    en: {
      present: [
        'This policy explains how we run the council’s social media accounts.',
        'The purpose of this charter is to help staff share their work with confidence.',
      ],
      absent: [
        'This policy will be explained to new staff.',
        'The purpose of a class account is to share news.',
      ],
    },
  },
  scope: {
    fr: {
      present: [
        'La présente charte s’applique à tout le personnel du centre de services scolaire.',
        'Ce document vise l’ensemble de la communauté scolaire.',
        'On entend par médias sociaux les plateformes qui permettent de partager du contenu.',
      ],
      absent: [
        'Les comptes de la ville sur les réseaux sociaux sont accessibles à chacun.',
        'Les médias sociaux font partie du quotidien des élèves.',
      ],
    },
    en: {
      present: [
        'This policy applies to all district employees and contractors.',
        'Social media means any platform that lets people create and share content.',
      ],
      absent: ['Social media are part of daily life for students.', 'Our accounts are open to everyone.'],
    },
  },
  'official-accounts': {
    fr: {
      present: [
        'Vous pouvez ouvrir un compte de classe après en avoir parlé avec la direction.',
        'Chaque compte officiel doit être inscrit au registre tenu par le service des communications.',
        'Gestionnaire de comptes : tout employé chargé d’administrer une page officielle.',
      ],
      absent: ['Nous vous invitons à suivre nos comptes officiels.', 'Créez un mot de passe solide.'],
    },
    en: {
      present: [
        'Teachers must get the principal’s approval before setting up an official class social media channel.',
        'You may open a class account once you have talked it over with your principal.',
      ],
      absent: [
        'Follow our official accounts for the latest news.',
        'The following rules apply to every official account:',
      ],
    },
  },
  'personal-use': {
    fr: {
      present: [
        'Vous êtes libre d’exprimer vos opinions personnelles en votre propre nom.',
        'Seuls les porte-parole désignés peuvent s’exprimer au nom de l’établissement.',
        'Sur vos comptes personnels, précisez que vos propos n’engagent que vous.',
      ],
      absent: ['Donnez votre avis sur nos publications.', 'Protégez vos renseignements personnels.'],
    },
    en: {
      present: [
        'You are free to express personal opinions in your own name.',
        'Only designated spokespeople may speak on behalf of the district.',
      ],
      absent: ['Tell us your opinion in the comments.', 'Keep personal information safe.'],
    },
  },
  privacy: {
    fr: {
      present: [
        'Respectez la vie privée des élèves et de leurs familles.',
        'Ne divulguez pas d’informations confidentielles.',
        'La publication de coordonnées personnelles n’est pas autorisée.',
      ],
      absent: ['Pensez à vérifier vos paramètres de confidentialité.', 'Publiez des nouvelles de l’école.'],
    },
    en: {
      present: [
        'Respect the privacy of students, parents and colleagues.',
        'Never hand out personal details such as phone numbers or home addresses.',
      ],
      absent: ['Review your privacy settings.', 'Send us a private message with your question.'],
    },
  },
  'image-consent': {
    fr: {
      present: [
        'Il est interdit de publier la photo d’un élève sans le consentement écrit de ses parents.',
        'Demandez l’accord des personnes avant de diffuser leur image ou leur voix.',
        'Le droit à l’image de chacun doit être respecté.',
      ],
      absent: [
        'Partagez vos plus belles photos d’activités !',
        'Les parents signent une autorisation de sortie.',
      ],
    },
    en: {
      present: [
        'Do not post photos of students unless a media release is on file.',
        'You have to obtain consent before posting an image of a colleague.',
      ],
      absent: [
        'Share your best photos from the science fair!',
        'Parents sign a consent form for field trips.',
      ],
    },
  },
  respect: {
    fr: {
      present: [
        'Aucun propos injurieux ou discriminatoire n’est toléré sur nos pages.',
        'Le harcèlement et la cyberintimidation n’ont pas leur place ici.',
        'Respectez les autres, même en cas de désaccord.',
      ],
      absent: ['Vous devez respecter ces consignes.', 'Respectez la vie privée des élèves.'],
    },
    en: {
      present: [
        'Harassment, threats and hate speech are prohibited on our pages.',
        'Always post thoughtful and respectful replies.',
      ],
      absent: ['You must respect these rules.', 'Respect the privacy of students.'],
    },
  },
  'intellectual-property': {
    fr: {
      present: [
        'Respectez le droit d’auteur lorsque vous partagez des contenus.',
        'Nous vous invitons à citer vos sources.',
        'Il est important d’indiquer d’où proviennent les contenus que l’on relaie.',
      ],
      absent: ['Consultez nos sources d’information.', 'Les accès sont attribués par la direction.'],
    },
    en: {
      present: [
        'Respect copyright and credit the creators of the content you share.',
        'Do not use trademarks without permission.',
      ],
      absent: ['Check your sources of news.', 'Use the school logo on official accounts.'],
    },
  },
  'human-error': {
    fr: {
      present: [
        'Une erreur ou un oubli peut arriver à tout le monde : signalez-le et nous corrigerons ensemble.',
        'Si vous publiez une information inexacte par mégarde, corrigez-la et avisez le service des communications.',
        'Nous reconnaissons le droit à l’erreur.',
      ],
      absent: [
        'Relisez-vous pour éviter les erreurs.',
        'Toute erreur grave dans l’usage d’un compte officiel pourra entraîner une sanction disciplinaire.',
        'Ne publiez pas d’information pouvant induire en erreur.',
      ],
    },
    en: {
      present: [
        'Mistakes happen: report them quickly and we will fix them together.',
        'If you post something inaccurate by accident, correct it and let the communications office know.',
      ],
      absent: [
        'Proofread your posts to avoid errors.',
        'Repeated errors in the use of an official account may result in disciplinary action.',
        'If a post is hidden in error, it will stay hidden.',
      ],
    },
  },
  initiatives: {
    fr: {
      present: [
        'Nous vous encourageons à partager les bons coups de votre école !',
        'Le centre de services souligne chaque année les plus belles initiatives de ses équipes.',
        'Le compte de la ville met en valeur les réussites de nos citoyens.',
      ],
      absent: [
        'Les projets doivent être approuvés par la direction.',
        'Les enseignants peuvent utiliser les plateformes pour un projet de classe.',
        'Nous encourageons la discussion sur nos pages.',
      ],
    },
    en: {
      present: [
        'We encourage you to share your school’s good news!',
        'Each year, the district celebrates the finest initiatives of its teams.',
      ],
      absent: [
        'For anything to be promoted, there must be a ticket in the project tracker.',
        'We encourage public engagement and discussion.',
      ],
    },
  },
  'community-management': {
    fr: {
      present: [
        'Le service des communications s’engage à répondre à vos questions dans un délai de deux jours ouvrables.',
        'Voici comment nous modérons nos comptes.',
        'L’équipe anime les comptes de l’école sur les réseaux sociaux.',
      ],
      absent: [
        'Il faut exprimer ses opinions avec modération.',
        'Publiez vos nouvelles sur le site de l’école.',
      ],
    },
    en: {
      present: [
        'The communications team will answer your questions within two business days.',
        'All comments are subject to moderation before other members can see them.',
      ],
      absent: ['Drink in moderation at staff events.', 'Post your news on the school website.'],
    },
  },
  'help-contact': {
    fr: {
      present: [
        'Nous vous invitons à nous écrire à communications@exemple.qc.ca.',
        'Pour toute question, communiquez avec le service des communications.',
        'Le service des communications vous aidera à choisir la bonne plateforme.',
      ],
      absent: [
        'Ne communiquez pas avec les élèves par messagerie privée.',
        'Communiquez avec la direction avant d’ouvrir un compte.',
      ],
    },
    en: {
      present: [
        'If you have any questions, please get in touch with the communications and marketing office.',
        'Feel free to write to us at comms@example.org.',
      ],
      absent: [
        'Do not contact students through private messages.',
        'Limit contact with students to school matters.',
      ],
    },
  },
  'incident-reporting': {
    fr: {
      present: [
        'Les employés sont tenus de signaler tout contenu préjudiciable dont ils ont connaissance.',
        'Signalez toute situation de harcèlement à la direction de votre école.',
      ],
      absent: ['Il est à signaler que nos pages sont modérées.', 'Signalez-le rapidement.'],
    },
    en: {
      present: [
        'Agree to report all bullying to the district’s anti-bullying officer.',
        'If you find unsuitable material, report it immediately.',
      ],
      absent: [
        'Anyone posting threats will be blocked and reported to the platform.',
        'Do not post internal reports.',
      ],
    },
  },
  'proportional-consequences': {
    fr: {
      present: [
        'Tout manquement grave à la présente charte pourra entraîner des mesures proportionnées à sa gravité.',
        'Les mesures seront graduées selon la nature et la gravité du manquement.',
      ],
      absent: [
        'Tout manquement à la présente charte pourra entraîner des mesures disciplinaires.',
        'Nous publions nos nouvelles de façon progressive.',
      ],
    },
    en: {
      present: [
        'Serious breaches of this charter may result in measures proportionate to their gravity.',
        'Sanctions will depend on the severity of the breach.',
      ],
      absent: [
        'Violations of this policy may result in disciplinary action.',
        'We roll out new pages progressively.',
      ],
    },
  },
  'review-date': {
    fr: {
      present: [
        'Cette charte sera révisée chaque année par le service des communications.',
        'Dernière mise à jour : 15 novembre 2026.',
        'La présente politique entre en vigueur le 1er septembre 2026.',
      ],
      absent: [
        'La municipalité peut réviser ces règles en tout temps.',
        'Mettez à jour votre profil chaque année.',
      ],
    },
    en: {
      present: ['This policy will be reviewed annually.', 'Last updated: November 15, 2026.'],
      absent: [
        'We may update these rules at any time.',
        'The county regularly reviews the accounts it follows.',
      ],
    },
  },
};

describe('detectCoverage: each clause, in French and English', () => {
  for (const [clause, byLang] of Object.entries(CASES) as [ClauseId, (typeof CASES)[ClauseId]][]) {
    for (const lang of ['fr', 'en'] as const) {
      const { present, absent } = byLang[lang];
      it.each(present)(`${clause} (${lang}) is covered by: %s`, (text) => {
        expect(covered(text, lang, clause)).toEqual([text]);
      });
      it.each(absent)(`${clause} (${lang}) is not covered by: %s`, (text) => {
        expect(covered(text, lang, clause)).toEqual([]);
      });
    }
  }
});
