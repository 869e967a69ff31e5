import { classifySentence, detectLanguage, type Lang } from '@charte/analyzer';
import { type Context, warn } from '../context.js';
import { STDIN_PATH } from '../display-path.js';
import { isFailure, problemLine, UsageError } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { type ClassifiedLine, formatClassifyJsonl } from '../reporters/classify-jsonl.js';
import { formatClassifyText } from '../reporters/classify-text.js';
import { colorsFor } from '../reporters/colors.js';
import { readInput } from './read-input.js';

export interface ClassifyOptions {
  /** A file, `-` for standard input, or undefined (standard input when piped). */
  file: string | undefined;
  lang: Lang | 'auto';
  format: 'jsonl' | 'text';
  maxSize: number;
}

/**
 * Below this many words, a line's own language guess is too thin: the whole input's language is used.
 * Short lines ("Merci !", "Respect.") carry too few function words to tell French from English.
 */
const MIN_WORDS_FOR_LINE_LANG = 3;
/**
 * A line's own guess must also be at least this sure to override the whole input's language: about
 * two function words of one language and none of the other.
 */
const MIN_CONFIDENCE_FOR_LINE_LANG = 0.35;

const BATCH_CHARS = 64 * 1024;

/**
 * `charte classify`: every non-empty line is one sentence; prints one result per line, in order.
 *
 * @example
 * await classifyCommand(ctx, { file: 'phrases.txt', lang: 'auto', format: 'jsonl', maxSize: 10 * 1024 ** 2 }) // → 0
 */
export async function classifyCommand(ctx: Context, options: ClassifyOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  const path = options.file ?? STDIN_PATH;
  if (options.file === undefined && io.stdin.isTTY)
    throw new UsageError(t.t('usage.noInput'), 'charte classify');

  const input = await readInput(ctx, path, options.maxSize);
  if (!input.ok) {
    warn(ctx, problemLine(t, input.problem));
    return isFailure(input.problem) ? EXIT_FAILURE : EXIT_OK;
  }

  const lines = input.text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const langOf = languageChooser(options.lang, input.text);
  const colors = colorsFor(io.stdout, io.env);
  // Results go out in batches: one write per line would cost a system call each on a big input.
  let batch = '';
  for (const text of lines) {
    const lang = langOf(text);
    const line: ClassifiedLine = { text, lang, tone: classifySentence(text, lang) };
    batch += options.format === 'jsonl' ? formatClassifyJsonl(line) : formatClassifyText(line, { t, colors });
    if (batch.length >= BATCH_CHARS) {
      io.stdout.write(batch);
      batch = '';
    }
  }
  if (batch !== '') io.stdout.write(batch);
  return EXIT_OK;
}

/** The language of each line: forced, or detected per line with the whole input as the fallback. */
function languageChooser(lang: Lang | 'auto', wholeText: string): (line: string) => Lang {
  if (lang !== 'auto') return () => lang;
  let whole: Lang | undefined;
  return (line) => {
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words >= MIN_WORDS_FOR_LINE_LANG) {
      const guess = detectLanguage(line);
      if (guess.confidence >= MIN_CONFIDENCE_FOR_LINE_LANG) return guess.lang;
    }
    // Detected once, and only if a short or unclear line needs it.
    whole ??= detectLanguage(wholeText).lang;
    return whole;
  };
}
