import type { Severity } from '@charte/analyzer';
import type { LintFileResult } from '../commands/lint-model.js';

/** What a report says of a rule: its id, default severity, a one-line description and its page. */
export interface RuleInfo {
  id: string;
  /** The severity it reports with by default. */
  severity: Severity;
  /** One line, in the UI language; null when unknown. */
  description: string | null;
  /** Its documentation page; null when unknown. */
  url: string | null;
}

/**
 * The rules a report describes: every rule of the registry (in its order), then any other rule a
 * diagnostic names (e.g. `document/front-matter`), described from that diagnostic.
 *
 * @example
 * rulesOfRun(registry, results).map((r) => r.id) // → ['tone/balance', …, 'document/front-matter']
 */
export function rulesOfRun(registry: readonly RuleInfo[], results: readonly LintFileResult[]): RuleInfo[] {
  const rules = new Map(registry.map((rule) => [rule.id, rule]));
  for (const result of results) {
    for (const d of result.diagnostics) {
      const known = rules.get(d.ruleId);
      if (known === undefined) {
        rules.set(d.ruleId, { id: d.ruleId, severity: d.severity, description: null, url: d.url ?? null });
      } else if (known.url === null && d.url) {
        rules.set(d.ruleId, { ...known, url: d.url });
      }
    }
  }
  return [...rules.values()];
}
