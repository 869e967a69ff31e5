/**
 * What the `charte new` questionnaire (and the web app's form) asks: the answers that shape a
 * generated charter. Choice lists carry their labels in both languages so every front end shows the
 * same options.
 */
import type { Lang } from '@charte/analyzer';
import { z } from 'zod';

export const ORGANIZATION_KINDS = ['school-service-centre', 'school', 'city', 'company'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const AUDIENCES = ['staff', 'students', 'parents', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const PLATFORMS = [
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'x',
  'bluesky',
  'threads',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Values offered as choices; people may add their own (kept as written, in every language). */
export const VALUES = [
  'respect',
  'kindness',
  'collaboration',
  'engagement',
  'openness',
  'equity',
  'transparency',
  'safety',
  'creativity',
  'excellence',
] as const;
export type ValueId = (typeof VALUES)[number];

export const WEEKDAY_SPANS = ['mon-fri', 'mon-sat', 'every-day'] as const;
export type WeekdaySpan = (typeof WEEKDAY_SPANS)[number];

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = {
  'school-service-centre': { fr: 'Centre de services scolaire', en: 'School service centre' },
  school: { fr: 'École', en: 'School' },
  city: { fr: 'Ville ou municipalité', en: 'City or municipality' },
  company: { fr: 'Entreprise ou organisme', en: 'Company or organization' },
};

export const AUDIENCE_LABELS: Labels<Audience> = {
  staff: { fr: 'Le personnel', en: 'Staff' },
  students: { fr: 'Les élèves', en: 'Students' },
  parents: { fr: 'Les parents', en: 'Parents' },
  public: { fr: 'Le public', en: 'The public' },
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  x: 'X',
  bluesky: 'Bluesky',
  threads: 'Threads',
};

export const VALUE_LABELS: Labels<ValueId> = {
  respect: { fr: 'le respect', en: 'respect' },
  kindness: { fr: 'la bienveillance', en: 'kindness' },
  collaboration: { fr: 'la collaboration', en: 'collaboration' },
  engagement: { fr: 'l’engagement', en: 'engagement' },
  openness: { fr: 'l’ouverture', en: 'openness' },
  equity: { fr: 'l’équité', en: 'equity' },
  transparency: { fr: 'la transparence', en: 'transparency' },
  safety: { fr: 'la sécurité', en: 'safety' },
  creativity: { fr: 'la créativité', en: 'creativity' },
  excellence: { fr: 'l’excellence', en: 'excellence' },
};

export const WEEKDAY_SPAN_LABELS: Labels<WeekdaySpan> = {
  'mon-fri': { fr: 'du lundi au vendredi', en: 'Monday to Friday' },
  'mon-sat': { fr: 'du lundi au samedi', en: 'Monday to Saturday' },
  'every-day': { fr: 'tous les jours', en: 'every day' },
};

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const email = z.email();

export const charterAnswersSchema = z
  .object({
    /** The organization's name in each chosen language (a bilingual city may have two). */
    names: z
      .object({ fr: z.string().trim().min(2).max(120), en: z.string().trim().min(2).max(120) })
      .partial(),
    kind: z.enum(ORGANIZATION_KINDS),
    langs: z
      .array(z.enum(['fr', 'en']))
      .min(1)
      .max(2),
    platforms: z.array(z.enum(PLATFORMS)).min(1),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    values: z.array(z.enum(VALUES)),
    /** Values of the organization's own, written as the organization says them. */
    customValues: z.array(z.string().trim().min(2).max(60)).max(5),
    contacts: z.object({
      /** The communications team's address: questions, help, initiatives. */
      communications: email,
      /** Where to report an incident (a privacy breach, a hacked account); the communications address when absent. */
      incidents: email.optional(),
      phone: z.string().trim().min(7).max(40).optional(),
    }),
    hours: z.object({ days: z.enum(WEEKDAY_SPANS), open: time, close: time }),
    /** Adoption date, `YYYY-MM-DD`. */
    date: z.iso.date(),
    /** How often the charter is reviewed, in months. */
    reviewEveryMonths: z.number().int().min(6).max(60),
  })
  .strict()
  .refine((a) => a.langs.every((lang) => (a.names[lang] ?? '').length >= 2), {
    message: 'names: one name per chosen language',
    path: ['names'],
  })
  .refine((a) => a.values.length + a.customValues.length >= 1, {
    message: 'values: at least one value',
    path: ['values'],
  })
  .refine((a) => a.hours.open < a.hours.close, { message: 'hours: open before close', path: ['hours'] });

export type CharterAnswers = z.infer<typeof charterAnswersSchema>;

/** The answers `--yes` takes: a school service centre, the usual platforms and audiences. */
export function defaultAnswers(langs: Lang[], today: string): CharterAnswers {
  return {
    names: {
      ...(langs.includes('fr') ? { fr: 'Centre de services scolaire des Rivières' } : {}),
      ...(langs.includes('en') ? { en: 'Rivers School Service Centre' } : {}),
    },
    kind: 'school-service-centre',
    langs,
    platforms: ['facebook', 'instagram', 'youtube'],
    audiences: ['staff', 'students', 'parents', 'public'],
    values: ['respect', 'kindness', 'engagement'],
    customValues: [],
    contacts: { communications: 'communications@example.org' },
    hours: { days: 'mon-fri', open: '08:30', close: '16:30' },
    date: today,
    reviewEveryMonths: 12,
  };
}
