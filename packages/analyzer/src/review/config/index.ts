/**
 * The configuration model: the shape of `charte.config.json` and of front matter `charte:` settings,
 * their resolution into a `ResolvedConfig` with every problem reported by path, the glob matcher of
 * `overrides[].files`, and the JSON Schema for editors. Pure: no file is read here.
 */
export { expandBraces, globToRegExp, matchesGlob, normalizePath } from './glob.js';
export { configJsonSchema } from './json-schema.js';
export { formatPath } from './path.js';
export { resolveConfig } from './resolve.js';
export {
  ORGANIZATION_KINDS,
  PRESET_NAMES,
  type PresetName,
  SEVERITIES,
  type ThresholdName,
} from './schema.js';
export { THRESHOLD_OPTIONS } from './thresholds.js';
export {
  type ConfigLayer,
  type ConfigLayers,
  type ConfigProblem,
  type ConfigResolution,
  type RuleRegistryEntry,
  registryFromRules,
} from './types.js';
