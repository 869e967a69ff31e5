/**
 * What the CLI takes from the analyzer's review: its types, and `resolveConfig` bound to the
 * analyzer's own rule registry.
 */
import {
  type ConfigLayers,
  type ConfigResolution,
  RULES,
  type RuleRegistryEntry,
  registryFromRules,
  resolveConfig as resolveWithRegistry,
} from '@charte/analyzer';

export type {
  ClauseCoverage,
  ClauseId,
  Pillar,
  Readability,
  ResolvedConfig,
  Review,
  ScorePart,
  ScorePartId,
} from '@charte/analyzer';

let registry: RuleRegistryEntry[] | undefined;

/**
 * The configuration of one document from its layers (file, front matter), validated against every
 * rule the analyzer knows; bad values are left out and reported, never thrown.
 *
 * @example
 * resolveConfig({ file: { rules: { 'tone/shouting': 'off' } } }).config.rules['tone/shouting'].severity // → 'off'
 */
export function resolveConfig(layers: ConfigLayers): ConfigResolution {
  registry ??= registryFromRules(RULES);
  return resolveWithRegistry(layers, registry);
}
