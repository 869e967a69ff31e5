import { z } from 'zod';
import { configFileSchema, ruleEntrySchema, severitySchema } from './schema.js';
import type { RuleRegistryEntry } from './types.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of `charte.config.json`, for editors (`"$schema": "./charte.schema.json"`). With the
 * rule registry, `rules` lists every known rule id with its own options, so editors complete and
 * check them; without it, any rule id is accepted.
 *
 * @example
 * const schema = configJsonSchema(registryFromRules(RULES));
 * Object.keys(schema.properties.rules.properties) // → ['tone/balance', 'tone/bare-prohibition', …]
 */
export function configJsonSchema(registry?: readonly RuleRegistryEntry[]): JsonSchema {
  const schema = z.toJSONSchema(configFileSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  schema.title = 'Charte configuration (charte.config.json)';
  if (!registry) return schema;
  const rulesSchema = rulesWithRegistry(registry);
  const properties = schema.properties as Record<string, JsonSchema>;
  properties.rules = rulesSchema;
  const overrides = properties.overrides as
    | { items?: { properties?: Record<string, JsonSchema> } }
    | undefined;
  if (overrides?.items?.properties) overrides.items.properties.rules = rulesSchema;
  return schema;
}

function rulesWithRegistry(registry: readonly RuleRegistryEntry[]): JsonSchema {
  const generic = z.toJSONSchema(ruleEntrySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete generic.$schema;
  const properties: Record<string, JsonSchema> = {};
  for (const entry of registry) properties[entry.id] = ruleEntryFor(entry);
  return {
    type: 'object',
    description: 'Per-rule severity and options; "prefix/*" sets every rule whose id starts with "prefix/".',
    properties,
    patternProperties: { '\\*$': generic },
    additionalProperties: false,
  };
}

function ruleEntryFor(entry: RuleRegistryEntry): JsonSchema {
  const severity = z.toJSONSchema(severitySchema) as JsonSchema;
  delete severity.$schema;
  const options = entry.options
    ? (z.toJSONSchema(entry.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema)
    : ({ type: 'object' } as JsonSchema);
  delete options.$schema;
  return {
    description: `${entry.id}: recommended ${entry.severities.recommended}, strict ${entry.severities.strict}.`,
    anyOf: [
      severity,
      { type: 'array', prefixItems: [severity, options], minItems: 1, maxItems: 2 },
      {
        type: 'object',
        properties: { severity, options },
        additionalProperties: false,
      },
    ],
  };
}
