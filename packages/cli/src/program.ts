import { readFileSync } from 'node:fs';
import { Argument, Command, Option } from 'commander';
import { type ClassifyOptions, classifyCommand } from './commands/classify.js';
import { type LintOptions, lintCommand } from './commands/lint.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { EXIT_OK, type ExitCode } from './exit-codes.js';
import type { MessageKey, Translator } from './i18n/index.js';
import { DEFAULT_MAX_SIZE, parseSize } from './options/size.js';

/** What a parse leaves behind: the exit code of the command that ran, and which command it was. */
export interface ProgramState {
  exitCode: ExitCode;
  /** `charte` or `charte <subcommand>`: where a usage hint should point. */
  command: string;
}

/** The version in the package's own manifest (one folder above both `src/` and `dist/`). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
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

  program
    .command('lint')
    .description(t.t('lint.description'))
    .usage(t.t('help.usage.lint'))
    .addArgument(new Argument(`[${t.t('help.arg.files')}]`, t.t('lint.argument')))
    .addOption(
      new Option(`--format <${t.t('help.value.format')}>`, t.t('lint.option.format')).argParser(
        choice(t, '--format', ['stylish', 'json'] as const, () => state.command),
      ),
    )
    .addOption(
      new Option(`--lang <${t.t('help.value.lang')}>`, t.t('lint.option.lang')).argParser(
        choice(t, '--lang', ['auto', 'fr', 'en'] as const, () => state.command),
      ),
    )
    .addOption(new Option('--sentences', t.t('lint.option.sentences')))
    .addOption(maxSizeOption())
    .addHelpText('after', examples(t, 'help.examples.lint'))
    .action(async (files: string[], opts: Partial<Omit<LintOptions, 'files'>>) => {
      state.exitCode = await lintCommand(ctx, {
        files,
        format: opts.format ?? 'stylish',
        lang: opts.lang ?? 'auto',
        sentences: opts.sentences ?? false,
        maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE,
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

function examples(t: Translator, key: MessageKey): string {
  return `\n${t.t('help.title.examples')}\n${t.t(key)}`;
}
