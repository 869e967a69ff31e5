/**
 * The review's public surface: rules (one module each, defined with `defineRule`) and their registry,
 * presets, the review of an analyzed document, coverage and pillar detection, positive rewordings,
 * readability formulas and score weights. Everything here is pure.
 */

export {
  type ConfigLayers,
  type ConfigProblem,
  type ConfigResolution,
  configJsonSchema,
  matchesGlob,
  type RuleRegistryEntry,
  registryFromRules,
  resolveConfig,
} from './config/index.js';
export { detectCoverage, detectSectionPillars } from './coverage/index.js';
export { pillarName } from './messages.js';
export { PRESETS, type PresetName, presetConfig, presetSeverities, UNKNOWN_ORGANIZATION } from './presets.js';
export {
  fleschReadingEase,
  kandelMoles,
  measureText,
  syllablesEn,
  syllablesFr,
} from './readability/index.js';
export { type ReviewOutcome, type ReviewSubject, reviewDocument } from './review.js';
export { enablingTemplate, rewordSentence } from './rewrite/index.js';
export {
  defineRule,
  type Finding,
  type MessagePair,
  type PresetSeverities,
  type RelativeEdit,
  type RelativeSuggestion,
  type Rule,
  type RuleContext,
  type RuleDefinition,
  type RuleDocs,
  type RuleExample,
  type RuleMessages,
  type RuleVisitor,
  ruleUrl,
  type Target,
} from './rule.js';
export { RULES, ruleById } from './rules/index.js';
export { WEIGHTS } from './scores/index.js';
export * from './types.js';
