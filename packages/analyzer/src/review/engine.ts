/**
 * The review engine: walks the document once — sections in tree order, each section's own sentences,
 * then its subsections — and hands every sentence and section to every active rule. Before each hook
 * the engine updates the shared facts (label tallies, word counts, readability), so no rule counts for
 * itself. It knows no particular rule: it stamps what they report (id, source, URL, severity, absolute
 * positions, resolved edits) and turns a rule that throws into one diagnostic instead of a crash.
 */
import { voiceOf } from '../tone/index.js';
import type {
  AnalyzedSentence,
  CharterDocument,
  Diagnostic,
  LabelCounts,
  Severity,
  Suggestion,
} from '../types.js';
import { targetSpan } from './anchors.js';
import { EditResolver } from './edits.js';
import type { ReviewFacts } from './facts.js';
import { composeMessage } from './messages.js';
import { countWords, measureText, readabilityOf } from './readability/index.js';
import type { Rule, RuleVisitor, StampedFinding } from './rule.js';
import type { ClauseCoverage, ClauseId, OrganizationProfile, Pillar, Readability } from './types.js';

/** A rule switched on for this run, with its configured severity and (unvalidated) options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface EngineInput {
  document: CharterDocument;
  sentences: readonly AnalyzedSentence[];
  counts: LabelCounts;
  organization: OrganizationProfile;
  coverage: readonly ClauseCoverage[];
  sectionPillars: readonly (readonly Pillar[])[];
  rules: readonly ActiveRule[];
  /** Sentences with more words than this count as long in `readability.longSentences`. */
  longSentenceWords: number;
}

export interface EngineResult {
  diagnostics: Diagnostic[];
  facts: ReviewFacts;
}

type Hook = keyof RuleVisitor;

interface Running {
  active: ActiveRule;
  visitor: RuleVisitor;
  failed: boolean;
}

/**
 * Runs the active rules over one analyzed document, in one walk.
 *
 * @example
 * const { diagnostics } = runRules({ document, sentences, counts, organization, coverage,
 *   sectionPillars, rules: [{ rule: shouting, severity: 'warning', options: {} }], longSentenceWords: 30 });
 * diagnostics[0].ruleId // → 'tone/shouting'
 */
export function runRules(input: EngineInput): EngineResult {
  const { document, sentences } = input;
  const facts = createFacts(input);
  const diagnostics: Diagnostic[] = [];
  const resolver = new EditResolver(document);

  const running: Running[] = input.rules.map((active) => ({ active, visitor: {}, failed: false }));
  for (const run of running) {
    guard(run, diagnostics, document, () => {
      run.visitor = run.active.rule.start({
        lang: document.lang,
        facts: facts.view,
        options: run.active.options,
        emit: (finding) => diagnostics.push(stamp(finding, run.active, document, resolver)),
      });
    });
  }
  const withHook = (hook: Hook) => running.filter((run) => typeof run.visitor[hook] === 'function');
  const onSentence = withHook('sentence');
  const onEnter = withHook('sectionEnter');
  const onExit = withHook('sectionExit');
  const onEnd = withHook('end');

  const own = ownSentences(document, sentences.length);
  const visitSection = (section: number) => {
    for (const run of onEnter) guard(run, diagnostics, document, () => run.visitor.sectionEnter?.(section));
    for (let k = own.starts[section]; k < own.starts[section + 1]; k++) {
      const index = own.order[k];
      facts.take(sentences[index]);
      for (const run of onSentence) guard(run, diagnostics, document, () => run.visitor.sentence?.(index));
    }
  };
  const leaveSection = (section: number) => {
    for (const run of onExit) guard(run, diagnostics, document, () => run.visitor.sectionExit?.(section));
  };
  walkSections(document, visitSection, leaveSection);
  facts.finish();
  for (const run of onEnd) guard(run, diagnostics, document, () => run.visitor.end?.());
  return { diagnostics, facts: facts.view };
}

/** Tree order without recursion (a 10,000-heading document must not overflow the stack). */
function walkSections(
  document: CharterDocument,
  enter: (section: number) => void,
  exit: (section: number) => void,
): void {
  const { sections } = document;
  const seen = new Uint8Array(sections.length);
  const roots = sections.filter((s) => s.parent === null || !sections[s.parent]).map((s) => s.index);
  for (const root of roots) {
    const stack: Array<{ section: number; child: number }> = [{ section: root, child: 0 }];
    seen[root] = 1;
    enter(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const children = sections[top.section].children;
      if (top.child < children.length) {
        const next = children[top.child++];
        if (seen[next] || !sections[next]) continue;
        seen[next] = 1;
        enter(next);
        stack.push({ section: next, child: 0 });
      } else {
        stack.pop();
        exit(top.section);
      }
    }
  }
}

/** Sentence indexes grouped by their innermost section, in document order (a counting sort). */
function ownSentences(document: CharterDocument, count: number): { starts: Int32Array; order: Int32Array } {
  const sectionCount = document.sections.length;
  const starts = new Int32Array(sectionCount + 1);
  const order = new Int32Array(count);
  const sectionOf = (i: number) => {
    const s = document.sentences[i].section;
    return s >= 0 && s < sectionCount ? s : 0;
  };
  for (let i = 0; i < count; i++) starts[sectionOf(i) + 1]++;
  for (let s = 0; s < sectionCount; s++) starts[s + 1] += starts[s];
  const next = starts.slice(0, sectionCount);
  for (let i = 0; i < count; i++) order[next[sectionOf(i)]++] = i;
  return { starts, order };
}

function guard(run: Running, diagnostics: Diagnostic[], document: CharterDocument, call: () => void): void {
  if (run.failed) return;
  try {
    call();
  } catch (error) {
    // A broken rule must not take the analysis down: it stops for this document and says so once.
    run.failed = true;
    const detail = error instanceof Error ? error.message : String(error);
    const span = targetSpan(document, { kind: 'document' });
    const found = document.lang === 'fr' ? 'La règle a échoué' : 'The rule failed';
    const expected =
      document.lang === 'fr' ? `signalez ce problème (${detail})` : `please report it (${detail})`;
    diagnostics.push({
      ruleId: run.active.rule.id,
      source: 'charte',
      severity: 'error',
      message: composeMessage(document.lang, found, expected),
      ...span,
      url: run.active.rule.url,
    });
  }
}

function stamp(
  finding: StampedFinding,
  active: ActiveRule,
  document: CharterDocument,
  resolver: EditResolver,
): Diagnostic {
  const span = targetSpan(document, finding.target);
  const suggestions: Suggestion[] = [];
  for (const relative of finding.suggestions ?? []) {
    const suggestion = resolver.suggestion(relative);
    if (suggestion) suggestions.push(suggestion);
  }
  return {
    ruleId: active.rule.id,
    source: 'charte',
    severity: active.severity,
    message: composeMessage(document.lang, finding.found, finding.expected),
    start: span.start,
    end: span.end,
    ...(finding.label ? { label: finding.label } : {}),
    ...(suggestions.length ? { suggestions } : {}),
    url: active.rule.url,
    ...(finding.note ? { note: finding.note } : {}),
  };
}

interface FactsBuilder {
  view: ReviewFacts;
  /** Tallies one sentence before the rules see it. */
  take(sentence: AnalyzedSentence): void;
  /** Completes the document-wide facts before the rules' `end`. */
  finish(): void;
}

function createFacts(input: EngineInput): FactsBuilder {
  const { document, sentences, longSentenceWords } = input;
  const sectionCounts: LabelCounts[] = document.sections.map(zeroCounts);
  const blockEnabling = new Int32Array(document.blocks.length);
  const sentenceWords = new Int32Array(sentences.length);
  const byClause = new Map<ClauseId, ClauseCoverage>(input.coverage.map((c) => [c.clause, c]));
  const totals = { words: 0, syllables: 0, sentences: 0, long: 0 };
  let readability: Readability = readabilityOf(document.lang, { words: 0, sentences: 0, syllables: 0 }, 0);
  const view: ReviewFacts = {
    document,
    sentences,
    lang: document.lang,
    organization: input.organization,
    coverage: input.coverage,
    sectionPillars: input.sectionPillars,
    sectionCounts,
    blockEnabling,
    documentCounts: input.counts,
    sentenceWords,
    get readability() {
      return readability;
    },
    clause(id) {
      return byClause.get(id) ?? { clause: id, present: false, sentences: [] };
    },
  };
  return {
    view,
    take(sentence) {
      const label = sentence.tone.label;
      const counts = sectionCounts[sentence.section];
      if (counts) counts[label]++;
      if (voiceOf(label) === 'enabling' && sentence.block < blockEnabling.length)
        blockEnabling[sentence.block]++;
      // Headings and sentences in another language stay out of the document's readability.
      if (document.blocks[sentence.block]?.kind === 'heading' || sentence.lang !== document.lang) {
        sentenceWords[sentence.index] = countWords(sentence.text);
        return;
      }
      const measure = measureText(sentence.text, document.lang);
      sentenceWords[sentence.index] = measure.words;
      if (measure.words === 0) return;
      totals.sentences++;
      totals.words += measure.words;
      totals.syllables += measure.syllables;
      if (measure.words > longSentenceWords) totals.long++;
    },
    finish() {
      readability = readabilityOf(document.lang, totals, totals.long);
    },
  };
}

/** Zero counts, as a literal: one object shape, and cheaper than building from the label list. */
function zeroCounts(): LabelCounts {
  return {
    prohibition: 0,
    obligation: 0,
    recommendation: 0,
    permission: 0,
    encouragement: 0,
    commitment: 0,
    sanction: 0,
    informative: 0,
  };
}
