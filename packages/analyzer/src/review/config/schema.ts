/**
 * The shape of `charte.config.json` and of a document's front matter `charte:` value, as zod schemas.
 * They give the JSON Schema for editors and validate each value; `resolveConfig` walks the input by
 * hand with them so that one bad value is reported and skipped instead of rejecting the whole file.
 */
import { z } from 'zod';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const ORGANIZATION_KINDS = ['school-service-centre', 'school', 'city', 'company', 'other'] as const;

export const severitySchema = z
  .enum(SEVERITIES)
  .describe('off: the rule does not run; info, warning, error: the severity of its findings.');
export const presetSchema = z.enum(PRESET_NAMES);
const optionsSchema = z
  .record(z.string(), z.unknown())
  .describe('The rule’s options (see docs/rules/<id>.md).');

export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, optionsSchema]),
  z.strictObject({ severity: severitySchema.optional(), options: optionsSchema.optional() }),
]);

export const thresholdsSchema = z.strictObject({
  balance: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Minimum balance (0–100) of enabling against restrictive voice: tone/balance’s threshold.'),
  sectionBalance: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Minimum balance (0–100) of each section: tone/balance’s sectionThreshold.'),
  longSentence: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Words beyond which a sentence is long: readability/long-sentence’s max.'),
  readability: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Minimum readability score (0–100): readability/score’s min.'),
  minScore: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Overall score (0–100) under which a lint run fails.'),
});
export type ThresholdName = keyof z.infer<typeof thresholdsSchema>;

export const organizationSchema = z.strictObject({
  name: z.string().nullable().optional().describe('The organization’s name, used in suggested wordings.'),
  kind: z.enum(ORGANIZATION_KINDS).nullable().optional(),
  values: z
    .array(z.string())
    .optional()
    .describe('The organization’s values: initiatives that carry them count as recognized.'),
  platforms: z
    .array(z.string())
    .optional()
    .describe('The platforms it uses (Facebook, ClassDojo…): naming them counts for the scope clause.'),
});

const settingsShape = {
  rules: z
    .record(z.string(), ruleEntrySchema)
    .optional()
    .describe('Per-rule severity and options; "coverage/*" sets every rule under coverage/.'),
  thresholds: thresholdsSchema.optional(),
  organization: organizationSchema.optional(),
};

export const overrideSchema = z.strictObject({
  files: z
    .union([z.string(), z.array(z.string())])
    .describe('Globs (*, **, ?, {a,b}) matched against the document’s path.'),
  ...settingsShape,
});

/** A document's front matter `charte:` value. */
export const frontMatterSchema = z.strictObject(settingsShape);

/** `charte.config.json`. */
export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z
    .union([presetSchema, z.array(presetSchema)])
    .optional()
    .describe('Preset(s) giving every rule its severity; later ones win. Default: recommended.'),
  ...settingsShape,
  overrides: z.array(overrideSchema).optional().describe('Settings for the documents whose path matches.'),
});

/** The keys each object accepts, to report the others. */
export const KEYS = {
  file: Object.keys(configFileSchema.shape),
  frontMatter: Object.keys(frontMatterSchema.shape),
  override: Object.keys(overrideSchema.shape),
  thresholds: Object.keys(thresholdsSchema.shape) as ThresholdName[],
  organization: Object.keys(organizationSchema.shape),
  ruleObject: ['severity', 'options'],
} as const;
