/**
 * The review of one analyzed document: coverage and pillars (detected before the walk), the rules
 * (one walk, see engine.ts), then balance per section and pillar, readability and the scores.
 */
import type { AnalyzedSentence, CharterDocument, Diagnostic, LabelCounts, Severity } from '../types.js';
import { detectCoverage, detectSectionPillars } from './coverage/index.js';
import { type ActiveRule, runRules } from './engine.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { computeScores, pillarReviews, sectionReviews } from './scores/index.js';
import {
  CLAUSES,
  type ClauseCoverage,
  type ClauseId,
  PILLARS,
  type Pillar,
  type ResolvedConfig,
  type Review,
  type ReviewInput,
  type RuleSetting,
} from './types.js';

/** What the review reads: the analyzed document. */
export interface ReviewSubject {
  document: CharterDocument;
  sentences: readonly AnalyzedSentence[];
  counts: LabelCounts;
}

export interface ReviewOutcome {
  review: Review;
  diagnostics: Diagnostic[];
}

const LONG_SENTENCE_RULE = 'readability/long-sentence';
const FALLBACK_LONG_SENTENCE = 30;

/**
 * Reviews an analyzed document with a resolved configuration (see `presetConfig` for the defaults).
 * Never throws: a failing detector counts as finding nothing, a failing rule reports itself.
 *
 * @example
 * const { review, diagnostics } = reviewDocument({ document, sentences, counts }, presetConfig('recommended', RULES));
 * review.scores.overall // → 0–100
 */
export function reviewDocument(
  subject: ReviewSubject,
  config: ResolvedConfig,
  rules: readonly Rule[] = RULES,
): ReviewOutcome {
  const { document, sentences, counts } = subject;
  const input: ReviewInput = {
    sentences,
    sections: document.sections,
    blocks: document.blocks,
    lang: document.lang,
    organization: config.organization,
  };
  const coverage = normalizeCoverage(attempt(() => detectCoverage(input), []));
  const sectionPillars = normalizePillars(
    attempt(() => detectSectionPillars(input), []),
    document.sections.length,
  );
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settingOf(config, rule);
    if (setting.severity !== 'off')
      active.push({ rule, severity: setting.severity, options: setting.options });
  }
  const { diagnostics, facts } = runRules({
    document,
    sentences,
    counts,
    organization: config.organization,
    coverage,
    sectionPillars,
    rules: active,
    longSentenceWords: longSentenceWords(config, rules),
  });
  const checked = CLAUSES.filter(
    (clause) =>
      settingOf(
        config,
        rules.find((r) => r.id === `coverage/${clause}`),
      ).severity !== 'off',
  );
  const review: Review = {
    sections: sectionReviews(facts),
    pillars: pillarReviews(facts),
    coverage: [...coverage],
    readability: facts.readability,
    scores: computeScores(facts, checked),
  };
  return { review, diagnostics };
}

/** The rule's configured setting; a rule the config does not know runs as `recommended` has it. */
function settingOf(
  config: ResolvedConfig,
  rule: Rule | undefined,
): { severity: Severity | 'off'; options: unknown } {
  if (!rule) return { severity: 'off', options: {} };
  const setting: RuleSetting | undefined = config.rules[rule.id];
  return setting ?? { severity: rule.severities.recommended, options: {} };
}

function longSentenceWords(config: ResolvedConfig, rules: readonly Rule[]): number {
  const rule = rules.find((r) => r.id === LONG_SENTENCE_RULE);
  if (!rule) return FALLBACK_LONG_SENTENCE;
  const parsed = rule.schema.safeParse(config.rules[LONG_SENTENCE_RULE]?.options ?? {});
  const options = (parsed.success ? parsed.data : rule.defaults) as { max?: unknown };
  return typeof options.max === 'number' ? options.max : FALLBACK_LONG_SENTENCE;
}

function attempt<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/** One entry per clause, in `CLAUSES` order, whatever the detector returned. */
function normalizeCoverage(found: readonly ClauseCoverage[]): ClauseCoverage[] {
  const byClause = new Map<ClauseId, ClauseCoverage>();
  for (const entry of found ?? [])
    if (entry && !byClause.has(entry.clause)) byClause.set(entry.clause, entry);
  return CLAUSES.map((clause) => {
    const entry = byClause.get(clause);
    return entry
      ? { clause, present: entry.present === true, sentences: [...(entry.sentences ?? [])] }
      : { clause, present: false, sentences: [] };
  });
}

/** One list per section, known pillars only. */
function normalizePillars(found: readonly (readonly Pillar[])[], sections: number): Pillar[][] {
  const known = new Set<Pillar>(PILLARS);
  return Array.from({ length: sections }, (_, i) => [
    ...new Set((found?.[i] ?? []).filter((p) => known.has(p))),
  ]);
}
