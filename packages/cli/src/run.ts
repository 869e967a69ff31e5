import { CommanderError } from 'commander';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { createTranslator, pickUiLang, type Translator } from './i18n/index.js';
import { type BufferIoOptions, bufferIo, type Io, processIo } from './io.js';
import { buildProgram, type ProgramState } from './program.js';

/**
 * Runs the `charte` command line in-process and resolves to its exit code (see exit-codes.ts).
 * Never throws and never calls `process.exit`: usage errors, unreadable inputs and unexpected
 * exceptions all end as one line on `io.stderr` and a non-zero code.
 *
 * @example
 * const io = bufferIo({ stdin: 'Nous vous encourageons à partager vos projets.\n' });
 * await run(['classify', '--lang', 'fr'], io); // → 0
 * JSON.parse(io.out()).label; // → 'encouragement'
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const t = createTranslator(pickUiLang(langUiFlag(argv), io.env));
  const ctx: Context = { io, t };
  const state: ProgramState = { exitCode: EXIT_OK, command: 'charte' };
  try {
    await buildProgram(ctx, state).parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    return handleError(ctx, state, error);
  }
}

/** What a captured run printed and returned. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line on in-memory streams and returns what it printed.
 *
 * @example
 * const { code, stdout } = await runCaptured(['lint', '--format', 'json', 'charte.md']);
 * JSON.parse(stdout).summary.files // → 1
 */
export async function runCaptured(
  argv: readonly string[],
  options: BufferIoOptions = {},
): Promise<CapturedRun> {
  const io = bufferIo(options);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/**
 * The `--lang-ui` value, read before commander so that the help and the errors commander raises
 * are already in that language. Stops at `--`, after which everything is an operand.
 */
export function langUiFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang-ui') found = argv[++i];
    else if (arg.startsWith('--lang-ui=')) found = arg.slice('--lang-ui='.length);
  }
  return found;
}

function handleError(ctx: Context, state: ProgramState, error: unknown): number {
  const { io, t } = ctx;
  if (error instanceof UsageError) return usage(ctx, error.message, error.command);
  if (error instanceof CommanderError) {
    // Help and version were printed on request; help printed because a command is missing is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    if (error.code === 'commander.help') return EXIT_FAILURE;
    return usage(ctx, commanderMessage(t, state, error), state.command);
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${t.t('internal.error', { message })}\n`);
  if (io.env.CHARTE_DEBUG === '1' && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

function usage(ctx: Context, message: string, command: string): number {
  ctx.io.stderr.write(`${ctx.t.t('usage.prefix', { message })}\n${ctx.t.t('usage.hint', { command })}\n`);
  return EXIT_FAILURE;
}

/**
 * commander's English error, said again in the UI language. commander words its errors with the
 * offending value in single quotes and any suggestion as "(Did you mean …?)"; those are reused.
 */
function commanderMessage(t: Translator, state: ProgramState, error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(error.message)?.[1];
  const withSuggestion = (text: string) =>
    suggestion ? `${text} ${t.t('usage.didYouMean', { suggestion })}` : text;
  switch (error.code) {
    case 'commander.unknownOption':
      return withSuggestion(t.t('usage.unknownOption', { option: quoted }));
    case 'commander.unknownCommand':
      return withSuggestion(t.t('usage.unknownCommand', { command: quoted }));
    case 'commander.missingArgument':
      return t.t('usage.missingArgument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return t.t('usage.optionMissingArgument', { option: quoted });
    case 'commander.missingMandatoryOptionValue':
      return t.t('usage.missingMandatoryOption', { option: quoted });
    case 'commander.excessArguments': {
      const expected = /Expected (\d+)/.exec(error.message)?.[1] ?? '0';
      return t.t('usage.excessArguments', { command: state.command, expected });
    }
    default:
      return t.t('usage.generic', { message: error.message.replace(/^error:\s*/, '') });
  }
}
