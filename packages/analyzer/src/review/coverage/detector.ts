import type { Lang, ToneLabel } from '../../types.js';
import type { ClauseId } from '../types.js';

/** What a clause detector sees of one sentence. */
export interface SentenceView {
  /** The sentence folded by `foldForMatch`: lower case, no accents, ASCII apostrophes. */
  text: string;
  label: ToneLabel;
  lang: Lang;
  terms: OrganizationTerms;
}

/** The organization profile turned into patterns once per review. */
export interface OrganizationTerms {
  /** The organization's own platforms (e.g. "Facebook", "ENT"), whole words; null when none. */
  platforms: RegExp | null;
  /** The same, global, to count distinct names. */
  platformsAll: RegExp | null;
  /** The organization's values (e.g. "bienveillance"), whole words; null when none. */
  values: RegExp | null;
}

/**
 * Content evidence of one sentence for one clause:
 * 1 = the sentence states the clause on its own; 0.5 = it is about the clause but says too little
 * (counts under a heading that names the topic); 0.25 = a mere mention (counts only under a heading
 * that names the clause); 0 = nothing.
 */
export type Evidence = 0 | 0.25 | 0.5 | 1;

/** Heading patterns, matched on a title folded by `foldHeading`. */
export interface HeadingPatterns {
  /** The heading names the clause ("Droit à l'image"): every sentence under it counts. */
  strong: RegExp;
  /** The heading names the topic ("Photos et consentement"): sentences with some evidence count. */
  topic: RegExp | null;
  /** Headings that look alike but are about something else ("Erreurs à éviter"). */
  not?: RegExp;
}

/**
 * How a sentence labeled `sanction` may count: `full` (the clause is about consequences),
 * `weak` (a mention in a sanction is at most 0.5: a heading must confirm it), `none` (a sanction
 * never shows the clause, e.g. human error or encouragement of initiatives).
 */
export type SanctionPolicy = 'full' | 'weak' | 'none';

/** One key clause: how its headings and its sentences are recognized, in each language. */
export interface ClauseDetector {
  id: ClauseId;
  sanctions: SanctionPolicy;
  headings: Record<Lang, HeadingPatterns>;
  content: Record<Lang, (sentence: SentenceView) => Evidence>;
}
