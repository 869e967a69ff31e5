import type { OrganizationProfile, ResolvedConfig, RuleSetting, RuleSeverity } from '../types.js';
import { matchesGlob } from './glob.js';
import { type Bilingual, expectedOf, MESSAGES, WHAT } from './messages.js';
import { isRecord, knownOptions, mergeOptions } from './options.js';
import { type ConfigPath, formatPath } from './path.js';
import {
  KEYS,
  ORGANIZATION_KINDS,
  PRESET_NAMES,
  type PresetName,
  SEVERITIES,
  type ThresholdName,
  thresholdsSchema,
} from './schema.js';
import { closest } from './suggest.js';
import { THRESHOLD_OPTIONS } from './thresholds.js';
import type {
  ConfigLayer,
  ConfigLayers,
  ConfigProblem,
  ConfigResolution,
  RuleRegistryEntry,
} from './types.js';

/** The configuration being built, layer after layer. */
interface State {
  rules: Map<string, RuleSetting>;
  organization: OrganizationProfile;
  minScore?: number;
}

/** What every step reads: the registry, and where problems go. */
interface Context {
  registry: ReadonlyMap<string, RuleRegistryEntry>;
  ids: readonly string[];
  layer: ConfigLayer;
  problems: ConfigProblem[];
}

/**
 * Resolves the configuration of one document: the presets of the file's `extends` (default
 * `recommended`), then the file's `thresholds`, `rules` and `organization`, then each override whose
 * `files` match `filePath` (in order), then the front matter's `charte:` settings. Every unknown key
 * and every bad value is reported with its path and left out, the previous value staying in force;
 * nothing throws. Pure: the caller finds and reads the file.
 *
 * @example
 * const { config, problems } = resolveConfig(
 *   { file: { extends: 'strict', rules: { 'tone/shouting': 'off', 'tone/balanse': 'error' } } },
 *   registryFromRules(RULES),
 * );
 * config.rules['tone/shouting'].severity // → 'off'
 * problems[0].path                      // → 'rules.tone/balanse' (unknown rule, did you mean "tone/balance"?)
 */
export function resolveConfig(
  layers: ConfigLayers,
  registry: readonly RuleRegistryEntry[],
): ConfigResolution {
  const problems: ConfigProblem[] = [];
  const context: Context = {
    registry: new Map(registry.map((entry) => [entry.id, entry])),
    ids: registry.map((entry) => entry.id),
    layer: 'file',
    problems,
  };
  const state: State = {
    rules: new Map(),
    organization: { name: null, kind: null, values: [], platforms: [] },
  };
  readFile(context, state, layers.file, layers.filePath);
  if (layers.frontMatter !== undefined && layers.frontMatter !== null) {
    const fm: Context = { ...context, layer: 'front-matter' };
    if (objectAt(fm, layers.frontMatter, [], WHAT.object)) {
      reportUnknownKeys(fm, layers.frontMatter, [], KEYS.frontMatter);
      applySettings(fm, state, layers.frontMatter, []);
    }
  }
  const config: ResolvedConfig = {
    rules: Object.fromEntries(registry.map((entry) => [entry.id, state.rules.get(entry.id) as RuleSetting])),
    organization: state.organization,
  };
  if (state.minScore !== undefined) config.minScore = state.minScore;
  return { config, problems };
}

function readFile(context: Context, state: State, file: unknown, filePath: string | undefined): void {
  const hasFile = file !== undefined && objectAt(context, file, [], WHAT.config);
  const root = hasFile && isRecord(file) ? file : {};
  reportUnknownKeys(context, root, [], KEYS.file);
  applyPreset(context, state, presetOf(context, root.extends));
  if ('$schema' in root && typeof root.$schema !== 'string') {
    report(context, ['$schema'], MESSAGES.notObject(WHAT.string, root.$schema), 'warning');
  }
  applySettings(context, state, root, []);
  if (root.overrides === undefined) return;
  if (!Array.isArray(root.overrides)) {
    report(context, ['overrides'], MESSAGES.notObject(WHAT.list, root.overrides), 'error');
    return;
  }
  root.overrides.forEach((override: unknown, i: number) => {
    const at: ConfigPath = ['overrides', i];
    if (!objectAt(context, override, at, WHAT.object)) return;
    reportUnknownKeys(context, override, at, KEYS.override);
    const patterns = patternsOf(context, override.files, [...at, 'files']);
    if (patterns === null) return;
    const applies = filePath !== undefined && matchesGlob(filePath, patterns);
    // An override that does not apply is still checked, on a copy, so its mistakes show up anyway.
    applySettings(context, applies ? state : copyOf(state), override, at);
  });
}

function copyOf(state: State): State {
  return { ...state, rules: new Map(state.rules), organization: { ...state.organization } };
}

/** The presets named by `extends`, the last one winning; `recommended` when none is valid. */
function presetOf(context: Context, value: unknown): PresetName {
  if (value === undefined) return 'recommended';
  const list = Array.isArray(value) ? value : [value];
  let preset: PresetName = 'recommended';
  list.forEach((name: unknown, i) => {
    if (typeof name === 'string' && (PRESET_NAMES as readonly string[]).includes(name)) {
      preset = name as PresetName;
      return;
    }
    const at: ConfigPath = Array.isArray(value) ? ['extends', i] : ['extends'];
    const suggestion = typeof name === 'string' ? closest(name, PRESET_NAMES) : null;
    report(context, at, MESSAGES.unknownPreset(name, suggestion), 'error');
  });
  return preset;
}

function applyPreset(context: Context, state: State, preset: PresetName): void {
  for (const entry of context.registry.values()) {
    state.rules.set(entry.id, { severity: entry.severities[preset], options: { ...entry.defaults } });
  }
}

/** `thresholds`, then `rules`, then `organization` of one layer or override. */
function applySettings(
  context: Context,
  state: State,
  settings: Record<string, unknown>,
  at: ConfigPath,
): void {
  if (settings.thresholds !== undefined)
    applyThresholds(context, state, settings.thresholds, [...at, 'thresholds']);
  if (settings.rules !== undefined) applyRules(context, state, settings.rules, [...at, 'rules']);
  if (settings.organization !== undefined) {
    applyOrganization(context, state, settings.organization, [...at, 'organization']);
  }
}

function applyThresholds(context: Context, state: State, value: unknown, at: ConfigPath): void {
  if (!objectAt(context, value, at, WHAT.object)) return;
  reportUnknownKeys(context, value, at, KEYS.thresholds);
  for (const name of KEYS.thresholds) {
    if (!(name in value)) continue;
    const path = [...at, name];
    const checked = thresholdsSchema.shape[name].safeParse(value[name]);
    if (!checked.success || checked.data === undefined) {
      const issue = checked.error?.issues[0];
      const expected = issue ? expectedOf(issue) : { fr: 'un nombre', en: 'a number' };
      report(context, path, MESSAGES.badValue(value[name], expected), 'error');
      continue;
    }
    if (name === 'minScore') {
      state.minScore = checked.data;
      continue;
    }
    applyThreshold(context, state, name, checked.data, path);
  }
}

function applyThreshold(
  context: Context,
  state: State,
  name: Exclude<ThresholdName, 'minScore'>,
  value: number,
  path: ConfigPath,
): void {
  const { rule, option } = THRESHOLD_OPTIONS[name];
  const entry = context.registry.get(rule);
  const setting = state.rules.get(rule);
  if (!entry || !setting || !knownOptions(entry).includes(option)) {
    report(context, path, MESSAGES.thresholdUnused(name, rule, option), 'warning');
    return;
  }
  const options = mergeOptions(entry, setting.options, { [option]: value }, () => path, reporter(context));
  state.rules.set(rule, { ...setting, options });
}

/** A rule entry read: what it sets, and where its options are written. */
interface RuleEntry {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
  optionsAt: ConfigPath;
}

function applyRules(context: Context, state: State, value: unknown, at: ConfigPath): void {
  if (!objectAt(context, value, at, WHAT.object)) return;
  // Wildcards first, so that "coverage/*": "off" with "coverage/purpose": "warning" keeps purpose on.
  const keys = Object.keys(value).sort((a, b) => Number(b.endsWith('*')) - Number(a.endsWith('*')));
  for (const key of keys) {
    const path = [...at, key];
    let targets: string[];
    if (key.endsWith('*')) {
      const prefix = key.slice(0, -1);
      targets = context.ids.filter((id) => id.startsWith(prefix));
      if (targets.length === 0) {
        report(context, path, MESSAGES.noRuleMatches(key), 'warning');
        continue;
      }
    } else if (context.registry.has(key)) {
      targets = [key];
    } else {
      report(context, path, MESSAGES.unknownRule(key, closest(key, context.ids)), 'warning');
      continue;
    }
    const entry = ruleEntryOf(context, value[key], path);
    if (entry === null) continue;
    for (const id of targets) applyRuleEntry(context, state, id, entry);
  }
}

function ruleEntryOf(context: Context, value: unknown, at: ConfigPath): RuleEntry | null {
  // A number is a severity from another linter (0, 1, 2): say which word to write instead.
  if (typeof value === 'string' || typeof value === 'number') {
    const severity = severityOf(context, value, at);
    return severity === null ? null : { severity, optionsAt: at };
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) {
      if (value.length === 0) {
        report(context, at, MESSAGES.badRuleEntry(value), 'error');
        return null;
      }
      report(context, [...at, 2], MESSAGES.extraItems(), 'warning');
    }
    const entry: RuleEntry = { optionsAt: [...at, 1] };
    const severity = severityOf(context, value[0], [...at, 0]);
    if (severity !== null) entry.severity = severity;
    if (value.length > 1 && objectAt(context, value[1], [...at, 1], WHAT.options)) entry.options = value[1];
    return entry;
  }
  if (isRecord(value)) {
    reportUnknownKeys(context, value, at, KEYS.ruleObject);
    const entry: RuleEntry = { optionsAt: [...at, 'options'] };
    if (value.severity !== undefined) {
      const severity = severityOf(context, value.severity, [...at, 'severity']);
      if (severity !== null) entry.severity = severity;
    }
    if (value.options !== undefined && objectAt(context, value.options, [...at, 'options'], WHAT.options)) {
      entry.options = value.options;
    }
    return entry;
  }
  report(context, at, MESSAGES.badRuleEntry(value), 'error');
  return null;
}

function applyRuleEntry(context: Context, state: State, id: string, entry: RuleEntry): void {
  const registered = context.registry.get(id);
  const setting = state.rules.get(id);
  if (!registered || !setting) return;
  const next: RuleSetting = { severity: entry.severity ?? setting.severity, options: setting.options };
  if (entry.options) {
    next.options = mergeOptions(
      registered,
      setting.options,
      entry.options,
      (inOptions) => [...entry.optionsAt, ...inOptions],
      reporter(context),
    );
  }
  state.rules.set(id, next);
}

/** Habits from other linters, suggested (not accepted) when a severity is wrong. */
const SEVERITY_HINTS: Readonly<Record<string, RuleSeverity>> = {
  warn: 'warning',
  err: 'error',
  information: 'info',
  none: 'off',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

function severityOf(context: Context, value: unknown, at: ConfigPath): RuleSeverity | null {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))
    return value as RuleSeverity;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).toLowerCase() : null;
  const suggestion =
    text === null
      ? null
      : (SEVERITY_HINTS[text] ??
        ((SEVERITIES as readonly string[]).includes(text) ? text : closest(text, SEVERITIES)));
  report(context, at, MESSAGES.badSeverity(value, suggestion), 'error');
  return null;
}

function applyOrganization(context: Context, state: State, value: unknown, at: ConfigPath): void {
  if (!objectAt(context, value, at, WHAT.object)) return;
  reportUnknownKeys(context, value, at, KEYS.organization);
  const organization = { ...state.organization };
  if ('name' in value) {
    if (value.name === null || typeof value.name === 'string') {
      organization.name =
        typeof value.name === 'string' && value.name.trim() !== '' ? value.name.trim() : null;
    } else report(context, [...at, 'name'], MESSAGES.badValue(value.name, WHAT.string), 'error');
  }
  if ('kind' in value) {
    if (value.kind === null || (ORGANIZATION_KINDS as readonly unknown[]).includes(value.kind)) {
      organization.kind = value.kind as OrganizationProfile['kind'];
    } else {
      const list = ORGANIZATION_KINDS.map((k) => `"${k}"`).join(', ');
      const suggestion = typeof value.kind === 'string' ? closest(value.kind, ORGANIZATION_KINDS) : null;
      const expected = suggestion
        ? {
            fr: `l’une de ces valeurs : ${list} (vouliez-vous dire « ${suggestion} » ?)`,
            en: `one of ${list} (did you mean "${suggestion}"?)`,
          }
        : { fr: `l’une de ces valeurs : ${list}`, en: `one of ${list}` };
      report(context, [...at, 'kind'], MESSAGES.badValue(value.kind, expected), 'error');
    }
  }
  for (const key of ['values', 'platforms'] as const) {
    if (!(key in value)) continue;
    const list = stringsOf(context, value[key], [...at, key]);
    if (list !== null) organization[key] = list;
  }
  state.organization = organization;
}

/** A list of non-empty strings: other items are reported and dropped; null when it is not a list. */
function stringsOf(context: Context, value: unknown, at: ConfigPath): string[] | null {
  if (!Array.isArray(value)) {
    report(context, at, MESSAGES.badValue(value, WHAT.stringList), 'error');
    return null;
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else report(context, [...at, i], MESSAGES.notObject(WHAT.string, item), 'error');
  });
  return out;
}

/** The glob patterns of an override, or null (reported) when there are none usable. */
function patternsOf(context: Context, value: unknown, at: ConfigPath): string[] | null {
  if (value === undefined) {
    report(context, at.slice(0, -1), MESSAGES.missingFiles(), 'error');
    return null;
  }
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    report(context, at, MESSAGES.notObject(WHAT.patterns, value), 'error');
    return null;
  }
  const patterns: string[] = [];
  list.forEach((item: unknown, i) => {
    const path = typeof value === 'string' ? at : [...at, i];
    if (typeof item !== 'string') report(context, path, MESSAGES.notObject(WHAT.string, item), 'error');
    else if (item.trim() === '') report(context, path, MESSAGES.emptyPattern(), 'warning');
    else patterns.push(item);
  });
  if (patterns.length === 0) {
    report(context, at, MESSAGES.missingFiles(), 'error');
    return null;
  }
  return patterns;
}

function objectAt(
  context: Context,
  value: unknown,
  at: ConfigPath,
  what: Bilingual,
): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  report(context, at, MESSAGES.notObject(what, value), 'error');
  return false;
}

function reportUnknownKeys(
  context: Context,
  value: Record<string, unknown>,
  at: ConfigPath,
  known: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    report(context, [...at, key], MESSAGES.unknownKey(key, known, closest(key, known)), 'warning');
  }
}

function reporter(context: Context) {
  return (path: ConfigPath, message: Bilingual, severity: 'error' | 'warning') =>
    report(context, path, message, severity);
}

function report(
  context: Context,
  segments: ConfigPath,
  message: Bilingual,
  severity: 'error' | 'warning',
): void {
  context.problems.push({
    path: formatPath(segments),
    segments: [...segments],
    layer: context.layer,
    message,
    severity,
  });
}
