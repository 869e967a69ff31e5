import type { Lang } from '@charte/analyzer';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  type CharterAnswers,
  defaultAnswers,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  PLATFORM_LABELS,
  PLATFORMS,
  VALUE_LABELS,
  VALUES,
  WEEKDAY_SPAN_LABELS,
  WEEKDAY_SPANS,
} from '@charte/templates';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  checkClose,
  checkCustomValues,
  checkEmail,
  checkName,
  checkPhone,
  checkTime,
  normalizeTime,
  splitList,
} from './fields.js';
import { type GivenAnswers, mergeAnswers } from './flags.js';
import type { Prompter, Validate } from './prompter.js';
import type { FolderState } from './write.js';

const LANG_CHOICES: Record<'fr' | 'en' | 'both', Lang[]> = { fr: ['fr'], en: ['en'], both: ['fr', 'en'] };

/** The review periods offered; `--review-months` takes any from 6 to 60. */
const REVIEW_PERIODS = [6, 12, 24] as const;
const REVIEW_KEYS: Record<(typeof REVIEW_PERIODS)[number], MessageKey> = {
  6: 'new.review.6',
  12: 'new.review.12',
  24: 'new.review.24',
};

export interface QuestionnaireSetup {
  given: GivenAnswers;
  /** `--out`, when given. */
  out?: string;
  /** The folder proposed when `--out` is not given (`charte` or `charter`). */
  defaultOut: string;
  /** `--force`: the folder may hold files already, no need to ask. */
  force: boolean;
  today: string;
  /** What is at a folder path (relative paths from the working folder). */
  folderState(dir: string): Promise<FolderState>;
}

export interface QuestionnaireResult {
  answers: CharterAnswers;
  out: string;
  /** The person agreed to replace the charter's files in a folder that is not empty. */
  overwrite: boolean;
}

/**
 * Asks, in the UI language, every answer the flags did not give, showing the defaults of
 * `defaultAnswers`; returns null when the person declines to overwrite the folder named by `--out`.
 * Ctrl+C rejects with inquirer's ExitPromptError, which the command turns into "cancelled".
 *
 * Order: languages first (the names depend on them), names, kind, platforms, audiences, values and
 * one's own values, contacts, hours, review period, folder.
 */
export async function askAnswers(
  p: Prompter,
  t: Translator,
  setup: QuestionnaireSetup,
): Promise<QuestionnaireResult | null> {
  const { given } = setup;
  const ui: Lang = t.lang;
  const check =
    (fn: (value: string) => string | null): Validate<string> =>
    (value) =>
      fn(value) ?? true;

  const langs: Lang[] =
    given.langs ??
    LANG_CHOICES[
      await p.select({
        message: t.t('new.q.langs'),
        choices: [
          // Each language named in itself, as language pickers do.
          { value: 'fr' as const, name: 'Français' },
          { value: 'en' as const, name: 'English' },
          { value: 'both' as const, name: t.t('new.choice.both') },
        ],
        default: ui,
      })
    ];
  const defaults = defaultAnswers(langs, setup.today);

  const names: CharterAnswers['names'] = {};
  const both = langs.length > 1;
  if (langs.includes('fr')) {
    names.fr =
      given.name ??
      (
        await p.input({
          // No made-up default: a charter must carry the organization's real name and address.
          message: t.t(both ? 'new.q.nameFr' : 'new.q.name'),
          validate: check((value) => checkName(t, value)),
        })
      ).trim();
  }
  if (langs.includes('en')) {
    const first = langs.includes('fr') ? names.fr : given.name;
    names.en =
      given.nameEn ??
      (!langs.includes('fr') && given.name !== undefined
        ? given.name
        : (
            await p.input({
              message: t.t(both ? 'new.q.nameEn' : 'new.q.name'),
              // An organization often keeps its name in English.
              ...(first ? { default: first } : {}),
              validate: check((value) => checkName(t, value)),
            })
          ).trim());
  }

  const kind =
    given.kind ??
    (await p.select({
      message: t.t('new.q.kind'),
      choices: ORGANIZATION_KINDS.map((value) => ({ value, name: ORGANIZATION_KIND_LABELS[value][ui] })),
      default: defaults.kind,
    }));

  const atLeastOne = <V>(values: readonly V[]) => values.length > 0 || t.t('new.reason.atLeastOne');
  const platforms =
    given.platforms ??
    (await p.checkbox({
      message: t.t('new.q.platforms'),
      choices: PLATFORMS.map((value) => ({
        value,
        name: PLATFORM_LABELS[value],
        checked: defaults.platforms.includes(value),
      })),
      validate: atLeastOne,
    }));
  const audiences =
    given.audiences ??
    (await p.checkbox({
      message: t.t('new.q.audiences'),
      choices: AUDIENCES.map((value) => ({
        value,
        name: AUDIENCE_LABELS[value][ui],
        checked: defaults.audiences.includes(value),
      })),
      validate: atLeastOne,
    }));
  const values =
    given.values ??
    (await p.checkbox({
      message: t.t('new.q.values'),
      choices: VALUES.map((value) => ({
        value,
        name: VALUE_LABELS[value][ui],
        checked: defaults.values.includes(value),
      })),
      // None is fine if the organization writes its own next.
    }));
  const customValues = given.customValues ?? [
    ...new Set(
      splitList(
        await p.input({
          message: t.t('new.q.customValues'),
          validate: check((value) => {
            const list = [...new Set(splitList(value))];
            if (values.length === 0 && list.length === 0) return t.t('new.reason.noValues');
            return checkCustomValues(t, list);
          }),
        }),
      ),
    ),
  ];

  const communications =
    given.communications ??
    (
      await p.input({
        message: t.t('new.q.email'),
        validate: check((value) => checkEmail(t, value)),
      })
    ).trim();
  const incidents =
    given.incidents ??
    (
      await p.input({
        message: t.t('new.q.incidentsEmail'),
        default: communications,
        validate: check((value) => (value.trim() === '' ? null : checkEmail(t, value))),
      })
    ).trim();
  const phone =
    given.phone ??
    (
      await p.input({
        message: t.t('new.q.phone'),
        validate: check((value) => (value.trim() === '' ? null : checkPhone(t, value))),
      })
    ).trim();

  let hours = given.hours;
  if (!hours) {
    const days = await p.select({
      message: t.t('new.q.days'),
      choices: WEEKDAY_SPANS.map((value) => ({ value, name: WEEKDAY_SPAN_LABELS[value][ui] })),
      default: defaults.hours.days,
    });
    const open = normalizeTime(
      await p.input({
        message: t.t('new.q.open'),
        default: defaults.hours.open,
        validate: check((value) => checkTime(t, value)),
      }),
    ) as string;
    const close = normalizeTime(
      await p.input({
        message: t.t('new.q.close'),
        default: defaults.hours.close > open ? defaults.hours.close : undefined,
        validate: check((value) => checkClose(t, value, open)),
      }),
    ) as string;
    hours = { days, open, close };
  }

  const reviewEveryMonths =
    given.reviewEveryMonths ??
    (await p.select({
      message: t.t('new.q.review'),
      choices: REVIEW_PERIODS.map((value) => ({ value, name: t.t(REVIEW_KEYS[value]) })),
      default: defaults.reviewEveryMonths,
    }));

  const folder = await askFolder(p, t, setup);
  if (folder === null) return null;

  const answers = mergeAnswers(
    {
      ...given,
      langs,
      name: names.fr ?? names.en,
      nameEn: names.en,
      kind,
      platforms,
      audiences,
      values,
      customValues,
      communications,
      incidents: incidents === '' ? undefined : incidents,
      phone: phone === '' ? undefined : phone,
      hours,
      reviewEveryMonths,
    },
    defaults,
  );
  return { answers, ...folder };
}

/**
 * The folder: `--out` or asked; when it holds files already (and no `--force`), the person confirms
 * replacing the charter's files, default No. Declining an asked folder asks again; declining the
 * `--out` folder ends the questionnaire (null).
 */
async function askFolder(
  p: Prompter,
  t: Translator,
  setup: QuestionnaireSetup,
): Promise<{ out: string; overwrite: boolean } | null> {
  for (;;) {
    const out =
      setup.out ??
      (
        await p.input({
          message: t.t('new.q.out'),
          default: setup.defaultOut,
          validate: async (value) => {
            if (value.trim() === '') return t.t('new.reason.required');
            return (await setup.folderState(value.trim())) === 'not-folder'
              ? t.t('new.reason.notFolder')
              : true;
          },
        })
      ).trim();
    if (setup.force || (await setup.folderState(out)) !== 'non-empty') return { out, overwrite: false };
    if (await p.confirm({ message: t.t('new.q.overwrite', { dir: out }), default: false }))
      return { out, overwrite: true };
    if (setup.out !== undefined) return null;
  }
}
