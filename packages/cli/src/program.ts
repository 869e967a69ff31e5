import { Argument, Command, Option } from 'commander';
import { type ClassifyOptions, classifyCommand } from './commands/classify.js';
import { diffCommand } from './commands/diff.js';
import { LINT_FORMATS, type LintFormat, lintCommand } from './commands/lint.js';
import { type NewFlags, newCommand, newOptions } from './commands/new.js';
import { renderCommand } from './commands/render.js';
import { scoreCommand } from './commands/score.js';
import { USER_ROLES, type UserRole, userAddCommand, userPasswdCommand } from './commands/user.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { EXIT_OK, type ExitCode } from './exit-codes.js';
import type { MessageKey, Translator } from './i18n/index.js';
import { DEFAULT_MAX_SIZE, parseSize } from './options/size.js';
import { packageVersion } from './version.js';

/** What a parse leaves behind: the exit code of the command that ran, and which command it was. */
export interface ProgramState {
  exitCode: ExitCode;
  /** `charte` or `charte <subcommand>`: where a usage hint should point. */
  command: string;
}

/** commander's section titles, as passed to `styleTitle`, and their catalogue keys. */
const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Global Options:': 'help.title.globalOptions',
};

/**
 * The `charte` program, with every help text in the UI language. commander prints nothing on its
 * own: help goes to the injected streams, errors become exceptions that `run` localizes.
 *
 * @example
 * const state = { exitCode: 0, command: 'charte' };
 * await buildProgram(ctx, state).parseAsync(['lint', 'charte.md'], { from: 'user' });
 */
export function buildProgram(ctx: Context, state: ProgramState): Command {
  const { io, t } = ctx;
  const program = new Command('charte');
  // Settings made before .command() are inherited by the subcommands.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => (TITLES[title] ? t.t(TITLES[title]) : title),
    })
    .helpOption('-h, --help', t.t('help.option'))
    .helpCommand(`help [${t.t('help.arg.command')}]`, t.t('help.command'))
    .version(packageVersion(), '-V, --version', t.t('help.version'))
    .description(t.t('program.description'))
    .usage(t.t('help.usage.program'))
    .addOption(
      new Option(`--lang-ui <${t.t('help.value.lang')}>`, t.t('help.langUi')).argParser(
        choice(t, '--lang-ui', ['fr', 'en'] as const, () => state.command),
      ),
    )
    .addHelpText('after', examples(t, 'help.examples.program'))
    .hook('preSubcommand', (_program, sub) => {
      state.command = `charte ${sub.name()}`;
    });

  const maxSizeOption = () =>
    new Option(`--max-size <${t.t('help.value.size')}>`, t.t('help.maxSize')).argParser((value: string) => {
      const bytes = parseSize(value);
      if (bytes === null) throw new UsageError(t.t('usage.invalidSize', { value }), state.command);
      return bytes;
    });

  program
    .command('classify')
    .description(t.t('classify.description'))
    .usage(t.t('help.usage.classify'))
    .addArgument(new Argument(`[${t.t('help.arg.file')}]`, t.t('classify.argument')))
    .addOption(
      new Option(`--lang <${t.t('help.value.lang')}>`, t.t('classify.option.lang')).argParser(
        choice(t, '--lang', ['auto', 'fr', 'en'] as const, () => state.command),
      ),
    )
    .addOption(
      new Option(`--format <${t.t('help.value.format')}>`, t.t('classify.option.format')).argParser(
        choice(t, '--format', ['jsonl', 'text'] as const, () => state.command),
      ),
    )
    .addOption(maxSizeOption())
    .addHelpText('after', examples(t, 'help.examples.classify'))
    .action(async (file: string | undefined, opts: Partial<Omit<ClassifyOptions, 'file'>>) => {
      state.exitCode = await classifyCommand(ctx, {
        file,
        lang: opts.lang ?? 'auto',
        format: opts.format ?? 'jsonl',
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
      });
    });

  const langOption = (key: MessageKey) =>
    new Option(`--lang <${t.t('help.value.lang')}>`, t.t(key)).argParser(
      choice(t, '--lang', ['auto', 'fr', 'en'] as const, () => state.command),
    );
  const configOptions = () => [
    new Option(`-c, --config <${t.t('help.value.path')}>`, t.t('lint.option.config')),
    new Option('--no-config', t.t('lint.option.noConfig')),
  ];

  const lint = program
    .command('lint')
    .description(t.t('lint.description'))
    .usage(t.t('help.usage.lint'))
    .addArgument(new Argument(`[${t.t('help.arg.files')}]`, t.t('lint.argument')))
    .addOption(
      new Option(`-f, --format <${t.t('help.value.format')}>`, t.t('lint.option.format')).argParser(
        choice(t, '--format', LINT_FORMATS, () => state.command),
      ),
    )
    .addOption(new Option(`-o, --output <${t.t('help.value.path')}>`, t.t('lint.option.output')))
    .addOption(langOption('lint.option.lang'));
  for (const option of configOptions()) lint.addOption(option);
  lint
    .addOption(new Option('--fix', t.t('lint.option.fix')))
    .addOption(new Option('--fix-dry-run', t.t('lint.option.fixDryRun')))
    .addOption(
      new Option(`--max-warnings <${t.t('help.value.number')}>`, t.t('lint.option.maxWarnings')).argParser(
        count(t, '--max-warnings', () => state.command),
      ),
    )
    .addOption(
      new Option(`--min-balance <${t.t('help.value.number')}>`, t.t('lint.option.minBalance')).argParser(
        percent(t, '--min-balance', () => state.command),
      ),
    )
    .addOption(new Option('--sentences', t.t('lint.option.sentences')))
    .addOption(maxSizeOption())
    .addHelpText('after', examples(t, 'help.examples.lint'))
    .action(async (files: string[], opts: LintFlags) => {
      if (opts.fix && opts.fixDryRun) {
        throw new UsageError(
          t.t('usage.conflict', { first: '--fix', second: '--fix-dry-run' }),
          state.command,
        );
      }
      state.exitCode = await lintCommand(ctx, {
        files,
        format: opts.format ?? 'stylish',
        lang: opts.lang ?? 'auto',
        sentences: opts.sentences ?? false,
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
        output: opts.output,
        config: configChoice(opts.config),
        fix: opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : 'off',
        maxWarnings: opts.maxWarnings,
        minBalance: opts.minBalance,
      });
    });

  const score = program
    .command('score')
    .description(t.t('score.description'))
    .usage(t.t('help.usage.score'))
    .addArgument(new Argument(`<${t.t('help.arg.file')}>`, t.t('score.argument')))
    .addOption(
      new Option(`-f, --format <${t.t('help.value.format')}>`, t.t('score.option.format')).argParser(
        choice(t, '--format', ['text', 'json'] as const, () => state.command),
      ),
    )
    .addOption(langOption('lint.option.lang'));
  for (const option of configOptions()) score.addOption(option);
  score
    .addOption(maxSizeOption())
    .addHelpText('after', examples(t, 'help.examples.score'))
    .action(async (file: string, opts: ScoreFlags) => {
      state.exitCode = await scoreCommand(ctx, {
        file,
        format: opts.format ?? 'text',
        lang: opts.lang ?? 'auto',
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
        config: configChoice(opts.config),
      });
    });

  program
    .command('diff')
    .description(t.t('diff.description'))
    .usage(t.t('help.usage.diff'))
    .addArgument(new Argument(`<${t.t('help.arg.old')}>`, t.t('diff.argument.old')))
    .addArgument(new Argument(`<${t.t('help.arg.new')}>`, t.t('diff.argument.new')))
    .addOption(
      new Option(`-f, --format <${t.t('help.value.format')}>`, t.t('diff.option.format')).argParser(
        choice(t, '--format', ['stylish', 'json'] as const, () => state.command),
      ),
    )
    .addOption(langOption('lint.option.lang'))
    .addOption(maxSizeOption())
    .addHelpText('after', examples(t, 'help.examples.diff'))
    .action(async (old: string, next: string, opts: DiffFlags) => {
      state.exitCode = await diffCommand(ctx, {
        old,
        new: next,
        format: opts.format ?? 'stylish',
        lang: opts.lang ?? 'auto',
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
      });
    });

  const create = program.command('new').description(t.t('new.description')).usage(t.t('new.usage'));
  for (const option of newOptions(t)) create.addOption(option);
  create.addHelpText('after', examples(t, 'new.examples')).action(async (opts: NewFlags) => {
    state.exitCode = await newCommand(ctx, opts);
  });

  const render = program
    .command('render')
    .description(t.t('render.description'))
    .usage(t.t('render.usage'))
    .addArgument(new Argument(`<${t.t('help.arg.charter')}>`, t.t('render.argument.input')))
    .addOption(
      new Option(`-o, --out <${t.t('help.value.path')}>`, t.t('render.option.out')).makeOptionMandatory(),
    )
    .addOption(new Option('--pdf', t.t('render.option.pdf')))
    .addOption(new Option('--force', t.t('render.option.force')))
    .addOption(langOption('lint.option.lang'))
    .addOption(maxSizeOption());
  for (const option of configOptions()) render.addOption(option);
  render
    .addHelpText('after', examples(t, 'render.examples'))
    .action(async (input: string, opts: RenderFlags) => {
      state.exitCode = await renderCommand(ctx, {
        input,
        out: opts.out,
        pdf: opts.pdf === true,
        force: opts.force === true,
        lang: opts.lang ?? 'auto',
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
        config: configChoice(opts.config),
      });
    });

  const user = program.command('user').description(t.t('user.description'));
  user
    .command('add')
    .description(t.t('user.add.description'))
    .addOption(
      new Option(`--email <${t.t('help.value.email')}>`, t.t('user.option.email')).makeOptionMandatory(),
    )
    .addOption(
      new Option(`--name <${t.t('help.value.name')}>`, t.t('user.option.name')).makeOptionMandatory(),
    )
    .addOption(
      new Option(`--role <${t.t('help.value.role')}>`, t.t('user.option.role')).argParser(
        choice(t, '--role', USER_ROLES, () => state.command),
      ),
    )
    .addOption(new Option(`--org <${t.t('help.value.slug')}>`, t.t('user.option.org')))
    .addOption(new Option(`--new-org <${t.t('help.value.name')}>`, t.t('user.option.newOrg')))
    .addOption(new Option(`--org-slug <${t.t('help.value.slug')}>`, t.t('user.option.orgSlug')))
    .addOption(
      new Option(`--org-lang <${t.t('help.value.lang')}>`, t.t('user.option.orgLang')).argParser(
        choice(t, '--org-lang', ['fr', 'en'] as const, () => state.command),
      ),
    )
    .addOption(
      new Option(`--ui-lang <${t.t('help.value.lang')}>`, t.t('user.option.uiLang')).argParser(
        choice(t, '--ui-lang', ['fr', 'en'] as const, () => state.command),
      ),
    )
    .addOption(new Option('--password-stdin', t.t('user.option.passwordStdin')))
    .addHelpText('after', examples(t, 'user.add.examples'))
    .action(async (opts: UserAddFlags) => {
      state.exitCode = await userAddCommand(ctx, {
        email: opts.email,
        name: opts.name,
        role: opts.role ?? 'staff',
        ...(opts.org !== undefined ? { org: opts.org } : {}),
        ...(opts.newOrg !== undefined ? { newOrg: opts.newOrg } : {}),
        ...(opts.orgSlug !== undefined ? { orgSlug: opts.orgSlug } : {}),
        orgLang: opts.orgLang ?? 'fr',
        uiLang: opts.uiLang ?? t.lang,
        passwordStdin: opts.passwordStdin === true,
      });
    });
  user
    .command('passwd')
    .description(t.t('user.passwd.description'))
    .addOption(
      new Option(`--email <${t.t('help.value.email')}>`, t.t('user.option.email')).makeOptionMandatory(),
    )
    .addOption(new Option('--password-stdin', t.t('user.option.passwordStdin')))
    .addHelpText('after', examples(t, 'user.passwd.examples'))
    .action(async (opts: { email: string; passwordStdin?: boolean }) => {
      state.exitCode = await userPasswdCommand(ctx, {
        email: opts.email,
        passwordStdin: opts.passwordStdin === true,
      });
    });

  state.exitCode = EXIT_OK;
  return program;
}

/**
 * An option parser that accepts one of `choices` and otherwise throws a localized usage error.
 * (commander's own `.choices()` would word the error in English.)
 */
function choice<const T extends string>(
  t: Translator,
  option: string,
  choices: readonly T[],
  command: () => string,
): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new UsageError(
      t.t('usage.invalidChoice', { value, option, choices: choices.join(', ') }),
      command(),
    );
  };
}

/** What commander hands the `lint` action. */
interface LintFlags {
  format?: LintFormat;
  output?: string;
  lang?: 'auto' | 'fr' | 'en';
  /** A path, false for --no-config, true (commander's default with --no-config defined) otherwise. */
  config?: string | boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  minBalance?: number;
  sentences?: boolean;
  maxSize?: number;
}

/** What commander hands the `score` action. */
interface ScoreFlags {
  format?: 'text' | 'json';
  lang?: 'auto' | 'fr' | 'en';
  config?: string | boolean;
  maxSize?: number;
}

/** What commander hands the `diff` action. */
interface DiffFlags {
  format?: 'stylish' | 'json';
  lang?: 'auto' | 'fr' | 'en';
  maxSize?: number;
}

/** What commander hands the `user add` action. */
interface UserAddFlags {
  email: string;
  name: string;
  role?: UserRole;
  org?: string;
  newOrg?: string;
  orgSlug?: string;
  orgLang?: 'fr' | 'en';
  uiLang?: 'fr' | 'en';
  passwordStdin?: boolean;
}

/** What commander hands the `render` action. */
interface RenderFlags {
  out: string;
  pdf?: boolean;
  force?: boolean;
  lang?: 'auto' | 'fr' | 'en';
  config?: string | boolean;
  maxSize?: number;
}

/** `--config PATH` → the path; `--no-config` → false; neither → undefined (look the file up). */
function configChoice(value: string | boolean | undefined): string | false | undefined {
  return typeof value === 'string' ? value : value === false ? false : undefined;
}

/** A parser for a whole number, 0 or more (`--max-warnings`). */
function count(t: Translator, option: string, command: () => string): (value: string) => number {
  return (value) => {
    if (/^\d+$/.test(value.trim())) return Number(value);
    throw new UsageError(t.t('usage.invalidCount', { value, option }), command());
  };
}

/** A parser for a number from 0 to 100 (`--min-balance`). */
function percent(t: Translator, option: string, command: () => string): (value: string) => number {
  return (value) => {
    const number = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(number) && number >= 0 && number <= 100) return number;
    throw new UsageError(t.t('usage.invalidPercent', { value, option }), command());
  };
}

function examples(t: Translator, key: MessageKey): string {
  return `\n${t.t('help.title.examples')}\n${t.t(key)}`;
}
