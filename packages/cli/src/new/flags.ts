import type { Lang } from '@charte/analyzer';
import {
  AUDIENCES,
  type Audience,
  type CharterAnswers,
  charterAnswersSchema,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  PLATFORMS,
  type Platform,
  VALUES,
  type ValueId,
  WEEKDAY_SPANS,
} from '@charte/templates';
import type { Translator } from '../i18n/index.js';
import {
  checkCustomValues,
  checkDate,
  checkEmail,
  checkName,
  checkPhone,
  parseChoices,
  parseHours,
  parseLangs,
  parseMonths,
  splitList,
} from './fields.js';

/** The `charte new` options as commander hands them over: raw strings, checked here. */
export interface NewFlags {
  out?: string;
  lang?: string;
  yes?: boolean;
  name?: string;
  nameEn?: string;
  kind?: string;
  platforms?: string;
  audiences?: string;
  values?: string;
  customValues?: string;
  email?: string;
  incidentsEmail?: string;
  phone?: string;
  hours?: string;
  date?: string;
  reviewMonths?: string;
  force?: boolean;
}

/** The answers the flags give, already checked; what is absent is asked or defaulted. */
export interface GivenAnswers {
  langs?: Lang[];
  /** `--name`: the name in the charter's first language (French when it has French). */
  name?: string;
  nameEn?: string;
  kind?: OrganizationKind;
  platforms?: Platform[];
  audiences?: Audience[];
  values?: ValueId[];
  customValues?: string[];
  communications?: string;
  incidents?: string;
  phone?: string;
  hours?: CharterAnswers['hours'];
  date?: string;
  reviewEveryMonths?: number;
}

/** A flag whose value was refused, with the reason in the UI language. */
export interface FlagProblem {
  flag: string;
  value: string;
  reason: string;
}

/**
 * Checks every answer flag and keeps the good ones; every refused flag is reported, not only the
 * first, so one run shows all that needs fixing.
 *
 * @example
 * readFlags(t, { email: 'nope' }).problems // → [{ flag: '--email', value: 'nope', reason: 'expected an e-mail address…' }]
 */
export function readFlags(t: Translator, flags: NewFlags): { given: GivenAnswers; problems: FlagProblem[] } {
  const given: GivenAnswers = {};
  const problems: FlagProblem[] = [];
  const refuse = (flag: string, value: string, reason: string) => problems.push({ flag, value, reason });
  const list = (choices: readonly string[]) => t.t('new.reason.list', { choices: choices.join(', ') });

  if (flags.lang !== undefined) {
    const langs = parseLangs(flags.lang);
    if (langs) given.langs = langs;
    else refuse('--lang', flags.lang, t.t('new.reason.lang'));
  }
  if (flags.name !== undefined) {
    const problem = checkName(t, flags.name);
    if (problem) refuse('--name', flags.name, problem);
    else given.name = flags.name.trim();
  }
  if (flags.nameEn !== undefined) {
    const problem = checkName(t, flags.nameEn);
    if (problem) refuse('--name-en', flags.nameEn, problem);
    else if (given.langs && !given.langs.includes('en'))
      refuse('--name-en', flags.nameEn, t.t('new.reason.nameEnWithoutEn'));
    else given.nameEn = flags.nameEn.trim();
  }
  if (flags.kind !== undefined) {
    const kind = flags.kind.trim().toLowerCase();
    if ((ORGANIZATION_KINDS as readonly string[]).includes(kind)) given.kind = kind as OrganizationKind;
    else refuse('--kind', flags.kind, t.t('new.reason.choice', { choices: ORGANIZATION_KINDS.join(', ') }));
  }
  if (flags.platforms !== undefined) {
    const platforms = parseChoices(flags.platforms, PLATFORMS);
    if (platforms && platforms.length > 0) given.platforms = platforms;
    else refuse('--platforms', flags.platforms, list(PLATFORMS));
  }
  if (flags.audiences !== undefined) {
    const audiences = parseChoices(flags.audiences, AUDIENCES);
    if (audiences && audiences.length > 0) given.audiences = audiences;
    else refuse('--audiences', flags.audiences, list(AUDIENCES));
  }
  if (flags.values !== undefined) {
    // An empty list is allowed here: --custom-values may bring the values.
    const values = parseChoices(flags.values, VALUES);
    if (values) given.values = values;
    else refuse('--values', flags.values, list(VALUES));
  }
  if (flags.customValues !== undefined) {
    const values = [...new Set(splitList(flags.customValues))];
    const problem = checkCustomValues(t, values);
    if (problem) refuse('--custom-values', flags.customValues, problem);
    else given.customValues = values;
  }
  if (given.values?.length === 0 && (given.customValues ?? []).length === 0)
    refuse('--values', flags.values ?? '', t.t('new.reason.noValues'));
  if (flags.email !== undefined) {
    const problem = checkEmail(t, flags.email);
    if (problem) refuse('--email', flags.email, problem);
    else given.communications = flags.email.trim();
  }
  if (flags.incidentsEmail !== undefined) {
    const problem = checkEmail(t, flags.incidentsEmail);
    if (problem) refuse('--incidents-email', flags.incidentsEmail, problem);
    else given.incidents = flags.incidentsEmail.trim();
  }
  if (flags.phone !== undefined) {
    const problem = checkPhone(t, flags.phone);
    if (problem) refuse('--phone', flags.phone, problem);
    else given.phone = flags.phone.trim();
  }
  if (flags.hours !== undefined) {
    const hours = parseHours(flags.hours, 'mon-fri');
    if (hours) given.hours = hours;
    else refuse('--hours', flags.hours, t.t('new.reason.hours', { days: WEEKDAY_SPANS.join(', ') }));
  }
  if (flags.date !== undefined) {
    const problem = checkDate(t, flags.date);
    if (problem) refuse('--date', flags.date, problem);
    else given.date = flags.date;
  }
  if (flags.reviewMonths !== undefined) {
    const months = parseMonths(flags.reviewMonths);
    if (months === null) refuse('--review-months', flags.reviewMonths, t.t('new.reason.months'));
    else given.reviewEveryMonths = months;
  }
  return { given, problems };
}

/**
 * The names in each chosen language: `--name` in the first language, `--name-en` in English; an
 * English name not given is the French one (an organization often keeps its name), else the default.
 */
export function namesFor(
  langs: readonly Lang[],
  given: Pick<GivenAnswers, 'name' | 'nameEn'>,
  defaults: CharterAnswers['names'],
): CharterAnswers['names'] {
  const names: CharterAnswers['names'] = {};
  if (langs.includes('fr')) names.fr = given.name ?? defaults.fr;
  if (langs.includes('en')) names.en = given.nameEn ?? given.name ?? defaults.en;
  return names;
}

/** The answers: the flags over the defaults (`--yes`). */
export function mergeAnswers(given: GivenAnswers, defaults: CharterAnswers): CharterAnswers {
  const incidents = given.incidents ?? defaults.contacts.incidents;
  const phone = given.phone ?? defaults.contacts.phone;
  const communications = given.communications ?? defaults.contacts.communications;
  return {
    ...defaults,
    names: namesFor(defaults.langs, given, defaults.names),
    kind: given.kind ?? defaults.kind,
    platforms: given.platforms ?? defaults.platforms,
    audiences: given.audiences ?? defaults.audiences,
    values: given.values ?? defaults.values,
    customValues: given.customValues ?? defaults.customValues,
    contacts: {
      communications,
      // The same address twice says nothing more: absent means "the communications address".
      ...(incidents !== undefined && incidents !== communications ? { incidents } : {}),
      ...(phone !== undefined ? { phone } : {}),
    },
    hours: given.hours ?? defaults.hours,
    date: given.date ?? defaults.date,
    reviewEveryMonths: given.reviewEveryMonths ?? defaults.reviewEveryMonths,
  };
}

/** Which flag sets the answer at this path of `CharterAnswers`, to name it when the contract refuses it. */
const FLAG_OF_FIELD: Record<string, string> = {
  names: '--name',
  'names.fr': '--name',
  'names.en': '--name-en',
  kind: '--kind',
  langs: '--lang',
  platforms: '--platforms',
  audiences: '--audiences',
  values: '--values',
  customValues: '--custom-values',
  'contacts.communications': '--email',
  'contacts.incidents': '--incidents-email',
  'contacts.phone': '--phone',
  hours: '--hours',
  date: '--date',
  reviewEveryMonths: '--review-months',
};

/**
 * The last check, against the contract itself: every field it refuses is named by its flag. The
 * flag checks above should have caught everything; this keeps the two from drifting apart silently.
 */
export function contractProblems(answers: CharterAnswers): FlagProblem[] {
  const result = charterAnswersSchema.safeParse(answers);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((part) => typeof part === 'string');
    const key = [path.join('.'), path.slice(0, 1).join('.')].find((candidate) => candidate in FLAG_OF_FIELD);
    const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], answers);
    return {
      flag: key ? FLAG_OF_FIELD[key] : path.join('.'),
      value: Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
      reason: issue.message,
    };
  });
}
