/**
 * Presets: the severity every rule gets from `recommended` and `strict`, and the configuration used when
 * none is given. The config model builds on the same registry and severities.
 */
import type { Rule } from './rule.js';
import type { OrganizationProfile, ResolvedConfig, RuleSeverity } from './types.js';

export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

/** The organization when none is configured: nothing known. */
export const UNKNOWN_ORGANIZATION: OrganizationProfile = {
  name: null,
  kind: null,
  values: [],
  platforms: [],
};

/**
 * Every rule's severity in a preset.
 *
 * @example
 * presetSeverities('strict', RULES)['tone/balance'] // → 'error'
 */
export function presetSeverities(preset: PresetName, rules: readonly Rule[]): Record<string, RuleSeverity> {
  return Object.fromEntries(rules.map((rule) => [rule.id, rule.severities[preset]]));
}

/**
 * A resolved configuration from a preset alone: each rule at its preset severity with its default options.
 *
 * @example
 * presetConfig('recommended', RULES).rules['tone/shouting'] // → { severity: 'warning', options: { … } }
 */
export function presetConfig(
  preset: PresetName,
  rules: readonly Rule[],
  organization: OrganizationProfile = UNKNOWN_ORGANIZATION,
): ResolvedConfig {
  return {
    rules: Object.fromEntries(
      rules.map((rule) => [rule.id, { severity: rule.severities[preset], options: { ...rule.defaults } }]),
    ),
    organization,
  };
}
