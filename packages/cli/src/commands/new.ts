import { join, resolve } from 'node:path';
import {
  AUDIENCES,
  type CharterAnswers,
  defaultAnswers,
  generateCharter,
  ORGANIZATION_KINDS,
  PLATFORMS,
  VALUES,
  WEEKDAY_SPANS,
} from '@charte/templates';
import { Option } from 'commander';
import { type Context, warn } from '../context.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { Translator } from '../i18n/index.js';
import { localDate } from '../new/fields.js';
import { contractProblems, type FlagProblem, mergeAnswers, type NewFlags, readFlags } from '../new/flags.js';
import { isPromptExit, type Prompter, terminalPrompter } from '../new/prompter.js';
import { askAnswers } from '../new/questionnaire.js';
import { CharterWriteError, type FolderState, folderState, writeCharter } from '../new/write.js';

export type { NewFlags } from '../new/flags.js';

/** What tests replace: the questions and the date. */
export interface NewDependencies {
  /** Asks the questions; inquirer on the terminal by default. */
  prompter?: Prompter;
  /** Today as `YYYY-MM-DD`, the default adoption date. */
  today?: () => string;
}

const COMMAND = 'charte new';

/**
 * `charte new`: a questionnaire (or `--yes` and flags) whose answers become a charter in a folder:
 * the four pillars in French, English or both, ready to adapt, lint and render. Exit code 0 when
 * written, 2 on a refused flag, no terminal without `--yes`, a folder that holds files already
 * (without `--force` or a confirmation), Ctrl+C, or a write that failed.
 *
 * @example
 * await newCommand(ctx, { yes: true, lang: 'fr', out: 'charte' }) // → 0, charte/ holds the charter
 */
export async function newCommand(
  ctx: Context,
  flags: NewFlags,
  dependencies: NewDependencies = {},
): Promise<ExitCode> {
  const { io, t } = ctx;
  const { given, problems } = readFlags(t, flags);
  if (problems.length > 0) return refuseFlags(ctx, problems);

  const today = dependencies.today?.() ?? localDate();
  const defaultOut = t.lang === 'fr' ? 'charte' : 'charter';
  const stateOf = (dir: string): Promise<FolderState> => folderState(resolve(io.cwd, dir));
  let answers: CharterAnswers;
  let out: string;
  let overwrite = flags.force ?? false;

  if (flags.yes) {
    answers = mergeAnswers(given, defaultAnswers(given.langs ?? [t.lang], today));
    out = flags.out ?? defaultOut;
  } else {
    if (!(io.stdin.isTTY && io.stdout.isTTY)) return usage(ctx, t.t('new.needsTerminal'));
    const prompter = dependencies.prompter ?? terminalPrompter(t);
    try {
      const result = await askAnswers(prompter, t, {
        given,
        out: flags.out,
        defaultOut,
        force: overwrite,
        today,
        folderState: stateOf,
      });
      if (result === null) return cancelled(ctx);
      ({ answers, out } = result);
      overwrite ||= result.overwrite;
    } catch (error) {
      if (isPromptExit(error)) return cancelled(ctx);
      throw error;
    }
  }

  const refused = contractProblems(answers);
  if (refused.length > 0) return refuseFlags(ctx, refused);

  const folder = resolve(io.cwd, out);
  let state: FolderState;
  try {
    state = await folderState(folder);
  } catch (error) {
    warn(
      ctx,
      t.t('new.writeFailed', { dir: out, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
    return EXIT_FAILURE;
  }
  if (state === 'not-folder') return usage(ctx, t.t('new.notFolder', { dir: out }));
  if (state === 'non-empty' && !overwrite) return usage(ctx, t.t('new.notEmpty', { dir: out }));

  const files = generateCharter(answers);
  try {
    await writeCharter(folder, files);
  } catch (error) {
    if (!(error instanceof CharterWriteError)) throw error;
    if (error.written.length === 0) warn(ctx, t.t('new.writeFailed', { dir: out, reason: error.reason }));
    else
      warn(
        ctx,
        t.t('new.placeFailed', {
          dir: out,
          written: error.written.length,
          total: files.length,
          path: error.failedPath ?? '',
          reason: error.reason,
        }),
      );
    return EXIT_FAILURE;
  }

  io.stdout.write(
    summary(
      t,
      out,
      files.map((file) => file.path),
    ),
  );
  return EXIT_OK;
}

/** The files written and what to do next. */
function summary(t: Translator, out: string, paths: readonly string[]): string {
  const lines = [t.plural('new.written', paths.length, { dir: out })];
  for (const path of paths) lines.push(`  ${join(out, path)}`);
  const base = out.replace(/[\\/]+$/, '') || out;
  const site = base === '.' ? 'site' : `${base}-site`;
  const steps: [string, string][] = [
    [`charte lint ${shellQuote(out)}`, t.t('new.next.lint')],
    [`charte render ${shellQuote(out)} --out ${shellQuote(site)}`, t.t('new.next.render')],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  lines.push('', t.t('new.nextSteps'));
  for (const [command, what] of steps) lines.push(`  ${command.padEnd(width)}   ${what}`);
  return `${lines.join('\n')}\n`;
}

/** A path as it can be pasted into a POSIX shell. */
function shellQuote(value: string): string {
  return /^[\w./@%+=:,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

function refuseFlags(ctx: Context, problems: readonly FlagProblem[]): ExitCode {
  const { t } = ctx;
  for (const { flag, value, reason } of problems)
    warn(ctx, t.t('usage.prefix', { message: t.t('new.invalidFlag', { flag, value, reason }) }));
  warn(ctx, t.t('usage.hint', { command: COMMAND }));
  return EXIT_FAILURE;
}

function usage(ctx: Context, message: string): ExitCode {
  warn(ctx, ctx.t.t('usage.prefix', { message }));
  warn(ctx, ctx.t.t('usage.hint', { command: COMMAND }));
  return EXIT_FAILURE;
}

function cancelled(ctx: Context): ExitCode {
  warn(ctx, ctx.t.t('new.cancelled'));
  return EXIT_FAILURE;
}

/**
 * The options of `charte new`, for the program to register. Values stay strings: `newCommand`
 * checks them all at once so every wrong flag is reported in one run.
 */
export function newOptions(t: Translator): Option[] {
  const defaults = defaultAnswers([t.lang], '');
  const value = (key: Parameters<Translator['t']>[0]) => t.t(key);
  const { hours } = defaults;
  return [
    new Option(
      `-o, --out <${value('new.value.folder')}>`,
      t.t('new.option.out', { folder: t.lang === 'fr' ? 'charte' : 'charter' }),
    ),
    new Option(`--lang <${value('new.value.langs')}>`, t.t('new.option.lang')),
    new Option('-y, --yes', t.t('new.option.yes')),
    new Option(`--name <${value('new.value.name')}>`, t.t('new.option.name')),
    new Option(`--name-en <${value('new.value.name')}>`, t.t('new.option.nameEn')),
    new Option(
      `--kind <${value('new.value.kind')}>`,
      t.t('new.option.kind', { choices: ORGANIZATION_KINDS.join(', '), default: defaults.kind }),
    ),
    new Option(
      `--platforms <${value('new.value.list')}>`,
      t.t('new.option.platforms', { choices: PLATFORMS.join(', '), default: defaults.platforms.join(',') }),
    ),
    new Option(
      `--audiences <${value('new.value.list')}>`,
      t.t('new.option.audiences', { choices: AUDIENCES.join(', '), default: defaults.audiences.join(',') }),
    ),
    new Option(
      `--values <${value('new.value.list')}>`,
      t.t('new.option.values', { choices: VALUES.join(', '), default: defaults.values.join(',') }),
    ),
    new Option(`--custom-values <${value('new.value.list')}>`, t.t('new.option.customValues')),
    new Option(`--email <${value('new.value.email')}>`, t.t('new.option.email')),
    new Option(`--incidents-email <${value('new.value.email')}>`, t.t('new.option.incidentsEmail')),
    new Option(`--phone <${value('new.value.phone')}>`, t.t('new.option.phone')),
    new Option(
      `--hours <${value('new.value.hours')}>`,
      t.t('new.option.hours', {
        days: WEEKDAY_SPANS.join(', '),
        default: `${hours.days} ${hours.open}-${hours.close}`,
      }),
    ),
    new Option(`--date <${value('new.value.date')}>`, t.t('new.option.date')),
    new Option(`--review-months <${value('new.value.months')}>`, t.t('new.option.reviewMonths')),
    new Option('--force', t.t('new.option.force')),
  ];
}
