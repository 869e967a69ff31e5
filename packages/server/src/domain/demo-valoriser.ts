/**
 * The Valoriser part of the demo: the organization's values and units, initiatives at every step of
 * their review (some showcased in the public gallery, with kudos), and an ideas box with votes,
 * comments and answers, spread over the months before `now` so the recognition figures have a history.
 * Everything goes through the same domain functions as the API, with the clock set to each moment.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import type { Actor } from './charters.js';
import { DEMO_ALT, type DemoArtwork, demoArtwork } from './demo-images.js';
import { answerIdea, commentIdea, createIdea, voteIdea } from './ideas.js';
import { type ProcessedImage, processImage, setInitiativeImage } from './images.js';
import {
  createInitiative,
  giveKudos,
  type InitiativeInput,
  postMessage,
  reviewInitiative,
  showcaseInitiative,
} from './initiatives.js';
import { createUnit } from './members.js';

export const DEMO_VALUES = [
  'Bienveillance',
  'Collaboration',
  'Engagement',
  'Ouverture',
  'Réussite éducative',
];
const UNITS = [
  'École primaire des Berges',
  'École secondaire du Ruisseau',
  'Centre de formation professionnelle',
  'Services éducatifs',
] as const;
type Unit = (typeof UNITS)[number];

export interface DemoPeople {
  admin: Actor;
  comms: Actor;
  reviewer: Actor;
  staff: Actor;
}

type Step =
  | { review: 'approve' | 'request_changes' | 'decline'; message: string }
  | { showcase: true }
  | { kudos: keyof DemoPeople; message?: string }
  | { reply: keyof DemoPeople; text: string };

interface DemoInitiative {
  daysAgo: number;
  by: keyof DemoPeople;
  unit: Unit;
  artwork?: DemoArtwork;
  input: Omit<InitiativeInput, 'unitId'>;
  steps: Step[];
}

const INITIATIVES: DemoInitiative[] = [
  {
    daysAgo: 200,
    by: 'staff',
    unit: 'École secondaire du Ruisseau',
    artwork: 'robotics',
    input: {
      title: 'Le club de robotique raconte sa saison',
      description:
        'Chaque semaine, les membres du club publient une courte vidéo de leurs essais, de leurs ratés et de leurs réussites, jusqu’à la compétition régionale.',
      platforms: ['Instagram', 'Facebook'],
      accountUrl: 'https://www.instagram.com/robotique.ruisseau',
      audience: 'Élèves, parents et communauté',
      values: ['Engagement', 'Réussite éducative'],
      studentsAppear: true,
      consent: {
        obtained: true,
        note: 'Autorisations de diffusion signées par les parents, conservées au secrétariat.',
      },
      publicOk: true,
    },
    steps: [
      {
        review: 'approve',
        message:
          'Bravo pour cette belle idée ! Gardez les vidéos courtes et pensez aux sous-titres : beaucoup les regardent sans le son.',
      },
      { showcase: true },
      { kudos: 'admin', message: 'Quelle énergie ! Merci de montrer le travail des élèves.' },
      { kudos: 'reviewer' },
      { kudos: 'comms', message: 'La vidéo de la compétition a fait le tour du centre.' },
    ],
  },
  {
    daysAgo: 160,
    by: 'comms',
    unit: 'Centre de formation professionnelle',
    artwork: 'careers',
    input: {
      title: 'Capsules « Un métier, une passion »',
      description:
        'Des enseignantes et enseignants présentent leur métier en deux minutes, dans l’atelier, pour donner le goût de la formation professionnelle.',
      platforms: ['LinkedIn', 'YouTube'],
      audience: 'Futurs élèves, parents et employeurs',
      values: ['Ouverture', 'Engagement'],
      studentsAppear: false,
      publicOk: true,
    },
    steps: [
      {
        review: 'approve',
        message: 'Excellente vitrine pour nos programmes. Publiez une capsule toutes les deux semaines.',
      },
      { showcase: true },
      { kudos: 'staff', message: 'J’ai partagé la capsule de soudage avec ma classe.' },
      { kudos: 'admin' },
    ],
  },
  {
    daysAgo: 120,
    by: 'staff',
    unit: 'École primaire des Berges',
    artwork: 'storyHour',
    input: {
      title: 'L’heure du conte en direct',
      description:
        'Une fois par mois, une enseignante lit un album en direct pour les familles, suivi d’une question à débattre à la maison.',
      platforms: ['Facebook'],
      accountUrl: 'https://www.facebook.com/ecole.des.berges',
      audience: 'Familles de l’école',
      values: ['Bienveillance', 'Réussite éducative'],
      studentsAppear: false,
      publicOk: true,
    },
    steps: [
      {
        review: 'approve',
        message:
          'Une belle façon de rejoindre les familles. Activez la modération des commentaires en direct.',
      },
      { showcase: true },
      { kudos: 'comms', message: 'Merci pour ce beau moment de lecture partagé.' },
    ],
  },
  {
    daysAgo: 75,
    by: 'staff',
    unit: 'Services éducatifs',
    input: {
      title: 'Défi récupération des fournitures',
      description:
        'Un défi entre écoles pour donner une seconde vie aux fournitures scolaires, avec un bilan publié à la fin du mois.',
      platforms: ['Facebook', 'Instagram'],
      audience: 'Personnel, parents et communauté',
      values: ['Collaboration', 'Engagement'],
      studentsAppear: false,
      publicOk: false,
    },
    steps: [
      { review: 'approve', message: 'Approuvé. Nous relaierons le bilan sur les comptes du centre.' },
      { kudos: 'reviewer', message: 'Bonne idée pour la rentrée !' },
    ],
  },
  {
    daysAgo: 30,
    by: 'staff',
    unit: 'École secondaire du Ruisseau',
    input: {
      title: 'Un compte Instagram pour la bibliothèque',
      description:
        'Faire découvrir les nouveautés de la bibliothèque et les coups de cœur des élèves, avec une publication par semaine.',
      platforms: ['Instagram'],
      audience: 'Élèves de l’école',
      values: ['Ouverture'],
      studentsAppear: false,
      publicOk: true,
    },
    steps: [
      {
        review: 'request_changes',
        message:
          'Belle idée ! Pouvez-vous préciser qui animera le compte et qui le remplacera pendant ses absences ?',
      },
      { reply: 'staff', text: 'Je m’en occupe avec le technicien en documentation ; je complète la fiche.' },
    ],
  },
  {
    daysAgo: 12,
    by: 'staff',
    unit: 'École primaire des Berges',
    input: {
      title: 'Semaine de l’environnement en photos',
      description:
        'Les classes partagent une photo de leur geste pour l’environnement ; les familles votent pour leur préférée.',
      platforms: ['Facebook'],
      audience: 'Familles de l’école',
      values: ['Collaboration', 'Bienveillance'],
      studentsAppear: true,
      consent: { obtained: false, note: 'Formulaires envoyés aux parents ; retours attendus vendredi.' },
      publicOk: true,
    },
    steps: [],
  },
];

interface DemoIdea {
  daysAgo: number;
  by: keyof DemoPeople;
  title: string;
  body: string;
  votes: [keyof DemoPeople, 1 | -1][];
  comments: [keyof DemoPeople, string][];
  answer?: { status: 'under_study' | 'adopted' | 'not_retained' | 'done'; answer: string };
}

const IDEAS: DemoIdea[] = [
  {
    daysAgo: 150,
    by: 'staff',
    title: 'Un calendrier partagé des publications',
    body: 'Un calendrier commun éviterait que trois écoles publient la même semaine sur le même sujet.',
    votes: [
      ['admin', 1],
      ['comms', 1],
      ['reviewer', 1],
    ],
    comments: [['reviewer', 'Oui, et on y verrait aussi les périodes calmes à combler.']],
    answer: {
      status: 'adopted',
      answer: 'Adopté : le calendrier est ouvert à toutes les équipes depuis la rentrée.',
    },
  },
  {
    daysAgo: 90,
    by: 'reviewer',
    title: 'Une formation sur les paramètres de confidentialité',
    body: 'Une courte formation pour aider le personnel à régler la confidentialité de ses comptes personnels.',
    votes: [
      ['staff', 1],
      ['admin', 1],
    ],
    comments: [['staff', 'Une capsule de dix minutes serait parfaite.']],
    answer: {
      status: 'under_study',
      answer: 'À l’étude avec les ressources humaines pour la journée pédagogique de février.',
    },
  },
  {
    daysAgo: 40,
    by: 'staff',
    title: 'Les bons coups des élèves chaque vendredi',
    body: 'Une publication hebdomadaire qui met en valeur une réussite d’élève, avec l’accord des parents.',
    votes: [
      ['comms', 1],
      ['reviewer', 1],
    ],
    comments: [],
  },
  {
    daysAgo: 20,
    by: 'staff',
    title: 'Un compte TikTok pour chaque école',
    body: 'Chaque école aurait son propre compte pour rejoindre les élèves là où ils sont.',
    votes: [
      ['admin', -1],
      ['reviewer', 1],
    ],
    comments: [['comms', 'Qui animerait ces comptes au quotidien ?']],
    answer: {
      status: 'not_retained',
      answer:
        'Non retenu pour l’instant : nous préférons un compte du centre bien animé. Les écoles peuvent y proposer leurs contenus.',
    },
  },
];

const DAY = 24 * 60 * 60 * 1000;

// The same few pictures every time: drawn and processed once per process (tests seed the demo often).
const processed = new Map<DemoArtwork, Promise<ProcessedImage>>();
function processedArtwork(name: DemoArtwork): Promise<ProcessedImage> {
  let image = processed.get(name);
  if (!image) {
    image = demoArtwork(name).then((png) => processImage(png, 'fr'));
    processed.set(name, image);
  }
  return image;
}

export async function seedDemoValoriser(
  db: Kysely<Database>,
  organizationId: string,
  people: DemoPeople,
  now: Date,
): Promise<void> {
  let clock = now;
  const s = new Scoped(db, organizationId, () => clock);
  // Each event a few hours after the previous one, from its starting day.
  const at = (daysAgo: number, step = 0) => {
    clock = new Date(now.getTime() - daysAgo * DAY + step * 3 * 60 * 60 * 1000);
  };

  at(240);
  const org = await s.organization();
  if (!org) return;
  await s.updateOrganization({ name: org.name, lang: org.lang, values_json: JSON.stringify(DEMO_VALUES) });
  const unitIds = new Map<Unit, string>();
  for (const name of UNITS) unitIds.set(name, (await createUnit(s, people.admin, name)).id);

  for (const item of INITIATIVES) {
    at(item.daysAgo);
    const created = await createInitiative(
      s,
      people[item.by],
      { ...item.input, unitId: unitIds.get(item.unit) ?? null },
      'fr',
    );
    if (item.artwork) {
      const image = await processedArtwork(item.artwork);
      await setInitiativeImage(s, people[item.by], created.id, DEMO_ALT[item.artwork], image);
    }
    let n = 0;
    for (const step of item.steps) {
      at(item.daysAgo, ++n);
      if ('review' in step) await reviewInitiative(s, people.comms, created.id, step.review, step.message);
      else if ('showcase' in step) await showcaseInitiative(s, people.comms, created.id, true);
      else if ('kudos' in step) await giveKudos(s, people[step.kudos], created.id, step.message ?? null);
      else await postMessage(s, people[step.reply], created.id, step.text);
    }
  }

  for (const item of IDEAS) {
    at(item.daysAgo);
    const idea = await createIdea(s, people[item.by], { title: item.title, body: item.body });
    let n = 0;
    for (const [who, value] of item.votes) {
      at(item.daysAgo, ++n);
      await voteIdea(s, people[who], idea.id, value);
    }
    for (const [who, text] of item.comments) {
      at(item.daysAgo, ++n);
      await commentIdea(s, people[who], idea.id, text);
    }
    if (item.answer) {
      at(item.daysAgo, ++n + 8);
      await answerIdea(s, people.comms, idea.id, item.answer);
    }
  }

  // The demo's history is read: the bell starts at zero, and counts what the visitor does.
  await db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('organization_id', '=', organizationId)
    .where('read_at', 'is', null)
    .execute();
}
