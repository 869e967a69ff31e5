import type { ZodType } from 'zod';
import type { ResolvedConfig, RuleSeverity } from '../types.js';

/**
 * What the configuration needs to know of one rule: its id, its severity in each preset, its default
 * options and, when it has one, the zod schema its options must satisfy. The engine's rule list maps
 * onto it (`registryFromRules`).
 */
export interface RuleRegistryEntry {
  id: string;
  severities: { recommended: RuleSeverity; strict: RuleSeverity };
  defaults: Readonly<Record<string, unknown>>;
  /** Validates the whole options object; without it, each option must keep its default's JSON type. */
  options?: ZodType;
}

/** Which layer a problem was found in: the configuration file, or a document's front matter `charte:`. */
export type ConfigLayer = 'file' | 'front-matter';

/** A problem found in the configuration. Bad values never throw: they are left out and reported. */
export interface ConfigProblem {
  /**
   * Where, as a JSON path from the layer's root, e.g. `rules.tone/balance[1].threshold` or
   * `organization.kind`; for the front matter layer, from the `charte:` value.
   */
  path: string;
  /** The same place as keys and indexes, to locate it in the source text. */
  segments: readonly (string | number)[];
  layer: ConfigLayer;
  message: { fr: string; en: string };
  /** `error`: a value of the wrong type or out of range; `warning`: an unknown key or a no-op. */
  severity: 'error' | 'warning';
}

/** What `resolveConfig` reads. */
export interface ConfigLayers {
  /** The parsed `charte.config.json`, or undefined without one. */
  file?: unknown;
  /** The document's front matter `charte:` value, or undefined. */
  frontMatter?: unknown;
  /** The document's path relative to the configuration file's folder, for `overrides[].files`. */
  filePath?: string;
}

export interface ConfigResolution {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/**
 * The registry from the engine's rule list, whose rules carry their options schema as `schema`.
 *
 * @example
 * registryFromRules(RULES).find((r) => r.id === 'tone/balance')?.severities // → { recommended: 'warning', strict: 'error' }
 */
export function registryFromRules(
  rules: readonly {
    id: string;
    severities: RuleRegistryEntry['severities'];
    defaults: Readonly<Record<string, unknown>>;
    schema?: ZodType;
  }[],
): RuleRegistryEntry[] {
  return rules.map((rule) => ({
    id: rule.id,
    severities: rule.severities,
    defaults: rule.defaults,
    ...(rule.schema ? { options: rule.schema } : {}),
  }));
}
