import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, type Rule } from '@charte/analyzer';
import type { UiLang } from '../i18n/index.js';
import type { RuleInfo } from '../reporters/rules.js';

/** The repository's root, seen from this module (in src/ or dist/, both one folder deep). */
const REPOSITORY = new URL('../../../../', import.meta.url);

/**
 * Every review rule as reports describe it: id, default severity (the `recommended` preset's, or the
 * rule's own when that preset turns it off), its one-line summary in `lang`, and its page.
 *
 * @example
 * ruleCatalog('fr').find((r) => r.id === 'tone/balance')?.description // → 'Équilibre entre …'
 */
export function ruleCatalog(lang: UiLang, rules: readonly Rule[] = RULES): RuleInfo[] {
  return rules.map((rule) => {
    const preset = rule.severities.recommended;
    return {
      id: rule.id,
      severity: preset === 'off' ? rule.defaultSeverity : preset,
      description: rule.docs.summary[lang],
      url: documentationUrl(rule.url),
    };
  });
}

/**
 * An absolute address for a rule's page: as is when it already is one; for a page given relative to
 * the repository (`docs/rules/tone/balance.md`), its file URL when the repository is here, else the
 * relative path (which SARIF then leaves out of `helpUri`).
 *
 * @example
 * documentationUrl('docs/rules/tone/balance.md') // → 'file:///…/docs/rules/tone/balance.md' in a checkout
 */
export function documentationUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const candidate = new URL(url, REPOSITORY);
  return existsSync(fileURLToPath(candidate)) ? candidate.href : url;
}
