/**
 * The rule API, modeled on unified's remark-lint: a rule is one module that calls `defineRule` with its
 * id, severities, options schema, FR/EN messages, docs and a `create` function returning a visitor.
 * The wrapper stamps the id, source, doc URL and configured severity on everything the rule reports;
 * rules point relative to a sentence, a section or the document, and the engine makes positions absolute.
 */
import type { z } from 'zod';
import type { Lang, Severity, ToneLabel } from '../types.js';
import type { ReviewFacts } from './facts.js';
import type { RuleSeverity } from './types.js';

/** What a finding points at. Sentence offsets are 0-based, end exclusive, in the sentence's plain text. */
export type Target =
  | { kind: 'sentence'; sentence: number; start?: number; end?: number }
  | { kind: 'section'; section: number }
  | { kind: 'document' };

/**
 * One edit, relative to the document's structure; the engine turns it into a `TextEdit` on the source
 * (offsets, paragraph breaks, line ends and HTML escaping are its business, not the rule's).
 */
export type RelativeEdit =
  /** Replace sentence text [start, end) with `text`. */
  | { kind: 'replace'; sentence: number; start: number; end: number; text: string }
  /** Add `text` (one or more sentences) right after the sentence, in the same paragraph. */
  | { kind: 'insert-after-sentence'; sentence: number; text: string }
  /** Add a new paragraph after the block (or after its table row / list item line). */
  | { kind: 'insert-after-block'; block: number; text: string }
  /** Add a new paragraph at the end of the section's own text (before its first subsection). */
  | { kind: 'append-to-section'; section: number; text: string }
  /** Add a new paragraph, optionally under a new heading, at the end of the document. */
  | { kind: 'append-to-document'; text: string; heading?: string };

export interface RelativeSuggestion {
  title: string;
  edits: RelativeEdit[];
  /** Safe to apply without reading (`--fix`). The engine withdraws `safe` if an edit is not verbatim. */
  safe?: boolean;
}

/** What a rule reports: a message key of its own, the values it fills in, a target, suggestions. */
export interface Finding<K extends string> {
  target: Target;
  message: K;
  params?: Readonly<Record<string, string | number>>;
  label?: ToneLabel;
  note?: string;
  suggestions?: RelativeSuggestion[];
}

/** A message in the one grammar: what was found, then what is expected. `{name}` placeholders. */
export interface MessagePair {
  found: string;
  expected: string;
}

export type RuleMessages<K extends string> = Record<Lang, Record<K, MessagePair>>;

/** A documented example: it runs in the tests and is shown in `docs/rules/<id>.md`. */
export interface RuleExample<O> {
  lang: Lang;
  /** A Markdown document (often a few lines). */
  input: string;
  /** `false`: the rule must fire on it; `true`: it must not. */
  valid: boolean;
  options?: Partial<O>;
}

export interface RuleDocs<O> {
  /** One line: what the rule checks. */
  summary: Record<Lang, string>;
  /** What exactly is checked, and what is not (Markdown). */
  details: Record<Lang, string>;
  /** Why, in the spirit of the charter (Markdown). */
  why: Record<Lang, string>;
  /** One description per option. */
  options: { [Name in keyof O]: Record<Lang, string> };
  examples: RuleExample<O>[];
}

/** The severities a rule gets from each preset. */
export interface PresetSeverities {
  recommended: RuleSeverity;
  strict: RuleSeverity;
}

/** The hooks a rule may implement. The engine calls them in document order, in one walk. */
export interface RuleVisitor {
  /** Each sentence, in order (headings included). */
  sentence?(index: number): void;
  /** A section starts: called before its own sentences, and before its subsections. */
  sectionEnter?(section: number): void;
  /** A section ends, after its subsections: its facts (`sectionCounts`, block tallies) are complete. */
  sectionExit?(section: number): void;
  /** After the last section: document-wide facts (`documentCounts`, `readability`) are complete. */
  end?(): void;
}

/** What a rule sees: its options, the document's language, shared facts, and `report`. */
export interface RuleContext<O, K extends string> {
  readonly ruleId: string;
  readonly options: Readonly<O>;
  /** The document's language: messages and suggestion texts are written in it. */
  readonly lang: Lang;
  readonly facts: ReviewFacts;
  report(finding: Finding<K>): void;
}

export interface RuleDefinition<O extends object, K extends string> {
  /** `<family>/<name>`, e.g. `tone/balance`. */
  id: string;
  /** The severity when the rule is turned on without one. */
  defaultSeverity: Severity;
  severities: PresetSeverities;
  /** Validates options and fills in defaults: `schema.parse({})` gives the defaults. */
  schema: z.ZodType<O>;
  messages: RuleMessages<K>;
  docs: RuleDocs<O>;
  create(context: RuleContext<O, K>): RuleVisitor;
}

/** A finding once the wrapper has written its message in the document's language. */
export interface StampedFinding {
  target: Target;
  found: string;
  expected: string;
  label?: ToneLabel;
  note?: string;
  suggestions?: RelativeSuggestion[];
}

/** What the engine needs to start a rule on one document. */
export interface RuleStart {
  lang: Lang;
  facts: ReviewFacts;
  options: unknown;
  emit(finding: StampedFinding): void;
}

/** A defined rule, its option type erased so that rules of every kind share one registry. */
export interface Rule {
  readonly id: string;
  /** Where its documentation lives, relative to the repository root. */
  readonly url: string;
  readonly defaultSeverity: Severity;
  readonly severities: PresetSeverities;
  /** Zod schema of the options, for the config model to validate them. */
  readonly schema: z.ZodType<object>;
  /** The options when none are configured. */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly messages: RuleMessages<string>;
  readonly docs: RuleDocs<Record<string, unknown>>;
  /** Parses `options` (falling back to the defaults when they are invalid) and builds the visitor. */
  start(run: RuleStart): RuleVisitor;
}

/** The documentation page of a rule, relative to the repository root. */
export function ruleUrl(id: string): string {
  return `docs/rules/${id}.md`;
}

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Defines a rule. The returned object carries its doc URL and defaults, and wraps `create` so that
 * every finding gets its message, in the document's language, from the rule's own catalog.
 *
 * @example
 * const rule = defineRule({
 *   id: 'tone/example',
 *   defaultSeverity: 'warning',
 *   severities: { recommended: 'warning', strict: 'error' },
 *   schema: z.object({}),
 *   messages: { fr: { found: { found: 'Trouvé', expected: 'attendu' } }, en: { found: { found: 'Found', expected: 'expected' } } },
 *   docs: { summary, details, why, options: {}, examples: [] },
 *   create: (ctx) => ({ end: () => ctx.report({ target: { kind: 'document' }, message: 'found' }) }),
 * });
 * rule.url // → 'docs/rules/tone/example.md'
 */
export function defineRule<O extends object, K extends string>(definition: RuleDefinition<O, K>): Rule {
  const defaults = definition.schema.parse({});
  return {
    id: definition.id,
    url: ruleUrl(definition.id),
    defaultSeverity: definition.defaultSeverity,
    severities: definition.severities,
    schema: definition.schema,
    defaults: defaults as Readonly<Record<string, unknown>>,
    messages: definition.messages,
    docs: definition.docs as unknown as RuleDocs<Record<string, unknown>>,
    start(run: RuleStart): RuleVisitor {
      const parsed = definition.schema.safeParse(run.options ?? {});
      const options = parsed.success ? parsed.data : defaults;
      const catalog = definition.messages[run.lang];
      return definition.create({
        ruleId: definition.id,
        options,
        lang: run.lang,
        facts: run.facts,
        report(finding) {
          const pair = catalog[finding.message];
          run.emit({
            target: finding.target,
            found: fill(pair.found, finding.params),
            expected: fill(pair.expected, finding.params),
            ...(finding.label ? { label: finding.label } : {}),
            ...(finding.note ? { note: finding.note } : {}),
            ...(finding.suggestions?.length ? { suggestions: finding.suggestions } : {}),
          });
        },
      });
    },
  };
}
