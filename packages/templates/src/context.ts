/**
 * What one edition's text is written from: the answers turned into ready-to-use words in one
 * language (the organization's kind, its people, platforms, values, contacts, hours and dates).
 */
import type { Lang } from '@charte/analyzer';
import {
  AUDIENCES,
  type Audience,
  type CharterAnswers,
  type OrganizationKind,
  PLATFORM_LABELS,
  VALUE_LABELS,
  WEEKDAY_SPAN_LABELS,
} from './answers.js';
import { escapeMarkdown, joinList, longDate, monthAfter, reviewPeriod, timeSpan } from './format.js';

/** The words that change with the kind of organization. */
export interface KindWords {
  /** The organization, as its people say it: « notre école », "our municipality". */
  org: string;
  /** Its staff, in full: « le personnel de nos écoles, de nos centres et de nos services ». */
  staff: string;
  /** Where the work happens: « nos écoles, nos centres et nos services ». */
  places: string;
  /** The local accounts people may open: « un compte d’école, de classe ou de projet ». */
  localAccount: string;
  /** Who is told before a local account opens: « la direction de l’école ». */
  manager: string;
  /** The public it serves: « la communauté », "residents". */
  public: string;
  /** The same, short enough for a list of audiences: « la clientèle ». */
  audience: string;
  /** Good news worth sharing: « un projet de classe, une réussite sportive, un geste d’entraide ». */
  feats: string;
}

const KIND_WORDS: Record<Lang, Record<OrganizationKind, KindWords>> = {
  fr: {
    'school-service-centre': {
      org: 'notre centre de services scolaire',
      staff: 'le personnel de nos écoles, de nos centres et de nos services',
      places: 'nos écoles, nos centres et nos services',
      localAccount: 'un compte d’école, de classe ou de projet',
      manager: 'la direction de votre établissement',
      public: 'la communauté',
      audience: 'la communauté',
      feats: 'un projet de classe, une réussite sportive, un geste d’entraide',
    },
    school: {
      org: 'notre école',
      staff: 'le personnel de l’école',
      places: 'nos classes et nos équipes',
      localAccount: 'un compte de classe, de groupe ou de projet',
      manager: 'la direction de l’école',
      public: 'la communauté',
      audience: 'la communauté',
      feats: 'un projet de classe, une réussite sportive, un geste d’entraide',
    },
    city: {
      org: 'notre municipalité',
      staff: 'le personnel municipal',
      places: 'nos services et nos équipements',
      localAccount: 'un compte de service, d’équipement ou de projet',
      manager: 'votre direction de service',
      public: 'la population',
      audience: 'la population',
      feats: 'un projet de quartier, une initiative d’équipe, un service amélioré',
    },
    company: {
      org: 'notre organisation',
      staff: 'nos employées et nos employés',
      places: 'nos équipes',
      localAccount: 'un compte d’équipe, de produit ou de projet',
      manager: 'votre gestionnaire',
      public: 'notre clientèle et le public',
      audience: 'la clientèle',
      feats: 'un projet d’équipe, une innovation, un client bien servi',
    },
  },
  en: {
    'school-service-centre': {
      org: 'our school service centre',
      staff: 'staff in our schools, centres and departments',
      places: 'our schools, centres and departments',
      localAccount: 'a school, class or project account',
      manager: 'your school or centre administration',
      public: 'the community',
      audience: 'the community',
      feats: 'a class project, a sports achievement, an act of kindness',
    },
    school: {
      org: 'our school',
      staff: 'school staff',
      places: 'our classes and teams',
      localAccount: 'a class, group or project account',
      manager: 'the principal',
      public: 'the school community',
      audience: 'the school community',
      feats: 'a class project, a sports achievement, an act of kindness',
    },
    city: {
      org: 'our municipality',
      staff: 'municipal employees',
      places: 'our services and facilities',
      localAccount: 'a department, facility or project account',
      manager: 'your department head',
      public: 'residents',
      audience: 'residents',
      feats: 'a neighbourhood project, a team initiative, a service made better',
    },
    company: {
      org: 'our organization',
      staff: 'our employees',
      places: 'our teams',
      localAccount: 'a team, product or project account',
      manager: 'your manager',
      public: 'our clients and the public',
      audience: 'clients',
      feats: 'a team project, an innovation, a client well served',
    },
  },
};

const AUDIENCE_WORDS: Record<Lang, Record<Exclude<Audience, 'public'>, string>> = {
  fr: { staff: 'le personnel', students: 'les élèves', parents: 'les parents' },
  en: { staff: 'staff', students: 'students', parents: 'parents' },
};

const RESPONSE_DELAY: Record<Lang, Record<'everyDay' | 'workdays', string>> = {
  fr: { everyDay: 'dans un délai de 24 heures', workdays: 'dans un délai d’un jour ouvrable' },
  en: { everyDay: 'within 24 hours', workdays: 'within one business day' },
};

/** One edition's answers, in words. Typed text (name, values, phone) is Markdown-escaped here. */
export interface EditionContext {
  lang: Lang;
  /** The organization's name exactly as typed (front matter, titles). */
  rawName: string;
  /** The same, escaped for the Markdown body. */
  name: string;
  kind: OrganizationKind;
  words: KindWords;
  /** Schools and service centres speak of students, parents and consent in every case. */
  school: boolean;
  staff: boolean;
  students: boolean;
  parents: boolean;
  public: boolean;
  /** The chosen audiences in running text: « le personnel, les élèves et les parents ». */
  audiences: string;
  platformNames: string[];
  /** « Facebook, Instagram et YouTube ». */
  platforms: string;
  /** Value labels, then the organization's own values as written (escaped). */
  values: string[];
  communications: string;
  incidents: string;
  /** True when incidents have their own address. */
  separateIncidents: boolean;
  phone: string | null;
  /** « du lundi au vendredi, de 8 h 30 à 16 h 30 », "Monday to Friday, 8:30 a.m. to 4:30 p.m.". */
  hours: string;
  /** « dans un délai d’un jour ouvrable », "within one business day" (24 hours when the team works every day). */
  responseDelay: string;
  adopted: string;
  nextReview: string;
  /** « chaque année », "every two years". */
  period: string;
}

/** The answers in one language's words. */
export function editionContext(answers: CharterAnswers, lang: Lang): EditionContext {
  const rawName = (answers.names[lang] ?? answers.names.fr ?? answers.names.en ?? '').trim();
  const has = (audience: Audience) => answers.audiences.includes(audience);
  const platformNames = answers.platforms.map((p) => PLATFORM_LABELS[p]);
  const incidents = answers.contacts.incidents ?? answers.contacts.communications;
  const { days, open, close } = answers.hours;
  const everyDay = days === 'every-day';
  return {
    lang,
    rawName,
    name: escapeMarkdown(rawName),
    kind: answers.kind,
    words: KIND_WORDS[lang][answers.kind],
    school: answers.kind === 'school' || answers.kind === 'school-service-centre',
    staff: has('staff'),
    students: has('students'),
    parents: has('parents'),
    public: has('public'),
    audiences: joinList(
      AUDIENCES.filter(has).map((a) =>
        a === 'public' ? KIND_WORDS[lang][answers.kind].audience : AUDIENCE_WORDS[lang][a],
      ),
      lang,
    ),
    platformNames,
    platforms: joinList(platformNames, lang),
    values: [
      ...answers.values.map((v) => VALUE_LABELS[v][lang]),
      ...answers.customValues.map((v) => escapeMarkdown(v.trim())),
    ],
    communications: answers.contacts.communications,
    incidents,
    separateIncidents: incidents !== answers.contacts.communications,
    phone: answers.contacts.phone ? escapeMarkdown(answers.contacts.phone.trim()) : null,
    hours: `${WEEKDAY_SPAN_LABELS[days][lang]}, ${timeSpan(open, close, lang)}`,
    responseDelay: RESPONSE_DELAY[lang][everyDay ? 'everyDay' : 'workdays'],
    adopted: longDate(answers.date, lang),
    nextReview: monthAfter(answers.date, answers.reviewEveryMonths, lang),
    period: reviewPeriod(answers.reviewEveryMonths, lang),
  };
}

/** A Markdown link to an e-mail address, its text escaped. */
export function mailLink(address: string): string {
  return `[${escapeMarkdown(address)}](mailto:${address})`;
}
