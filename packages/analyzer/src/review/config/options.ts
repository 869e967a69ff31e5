import { z } from 'zod';
import { expectedOf, MESSAGES } from './messages.js';
import type { ConfigPath } from './path.js';
import { closest } from './suggest.js';
import type { RuleRegistryEntry } from './types.js';

/** Reports one problem. */
export type Report = (
  path: ConfigPath,
  message: { fr: string; en: string },
  severity: 'error' | 'warning',
) => void;

/**
 * The option names a rule knows: its schema's keys when it has an object schema, else its defaults'.
 *
 * @example
 * knownOptions({ id: 'tone/balance', severities, defaults: { threshold: 40 } }) // → ['threshold']
 */
export function knownOptions(entry: RuleRegistryEntry): string[] {
  return entry.options instanceof z.ZodObject
    ? Object.keys(entry.options.shape)
    : Object.keys(entry.defaults);
}

/**
 * Merges supplied options over the current ones, one key at a time: unknown keys are reported and
 * skipped, and a value the rule's schema refuses is reported at its path and replaced by the current
 * value. Without a schema, a value must have its default's JSON type. Never throws.
 *
 * @example
 * mergeOptions(entry, { threshold: 40 }, { threshold: 140 }, (p) => ['rules', 'tone/balance', 1, ...p], report)
 * // → { threshold: 40 }, and reports rules.tone/balance[1].threshold
 */
export function mergeOptions(
  entry: RuleRegistryEntry,
  current: Readonly<Record<string, unknown>>,
  supplied: Readonly<Record<string, unknown>>,
  pathOf: (inOptions: ConfigPath) => ConfigPath,
  report: Report,
): Record<string, unknown> {
  const known = knownOptions(entry);
  const next: Record<string, unknown> = { ...current };
  const accepted = new Set<string>();
  for (const [key, value] of Object.entries(supplied)) {
    if (!known.includes(key)) {
      report(pathOf([key]), MESSAGES.unknownOption(entry.id, key, known, closest(key, known)), 'warning');
      continue;
    }
    next[key] = value;
    accepted.add(key);
  }
  if (accepted.size === 0) return next;
  return entry.options
    ? checkWithSchema(entry.options, current, next, accepted, pathOf, report)
    : checkTypes(entry, current, next, accepted, pathOf, report);
}

function checkWithSchema(
  schema: z.ZodType,
  current: Readonly<Record<string, unknown>>,
  next: Record<string, unknown>,
  accepted: Set<string>,
  pathOf: (inOptions: ConfigPath) => ConfigPath,
  report: Report,
): Record<string, unknown> {
  // Each round puts back at least one refused key, so this ends after at most |accepted| + 1 rounds.
  for (let round = 0; round <= accepted.size; round++) {
    const parsed = schema.safeParse(next);
    if (parsed.success) return isRecord(parsed.data) ? parsed.data : next;
    let reverted = false;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key !== 'string' || !accepted.has(key)) continue;
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      report(pathOf(path), MESSAGES.badValue(valueAt(next, path), expectedOf(issue)), 'error');
      restore(next, current, key);
      accepted.delete(key);
      reverted = true;
    }
    if (!reverted) break;
  }
  // Refused for a reason no supplied key explains (a cross-field check): keep what was there.
  return { ...current };
}

function checkTypes(
  entry: RuleRegistryEntry,
  current: Readonly<Record<string, unknown>>,
  next: Record<string, unknown>,
  accepted: Set<string>,
  pathOf: (inOptions: ConfigPath) => ConfigPath,
  report: Report,
): Record<string, unknown> {
  for (const key of accepted) {
    const expected = jsonType(entry.defaults[key]);
    if (expected === 'undefined' || jsonType(next[key]) === expected) continue;
    report(
      pathOf([key]),
      MESSAGES.badValue(next[key], TYPE_WORDS[expected] ?? { fr: expected, en: expected }),
      'error',
    );
    restore(next, current, key);
  }
  return next;
}

function restore(
  next: Record<string, unknown>,
  current: Readonly<Record<string, unknown>>,
  key: string,
): void {
  if (key in current) next[key] = current[key];
  else delete next[key];
}

function valueAt(value: unknown, path: ConfigPath): unknown {
  let at = value;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TYPE_WORDS: Readonly<Record<string, { fr: string; en: string }>> = {
  number: { fr: 'un nombre', en: 'a number' },
  string: { fr: 'du texte', en: 'a string' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  array: { fr: 'une liste', en: 'an array' },
  object: { fr: 'un objet', en: 'an object' },
};

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
