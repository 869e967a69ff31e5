/**
 * The API's shapes (docs/api.md), as zod schemas: requests are strict (an unknown field is a 400),
 * responses are stripped to what is declared (nothing else can leak out).
 */
import type { Diagnostic } from '@charte/analyzer';
import { z } from 'zod';
import { ERROR_CODES } from '../messages.js';

export const LangSchema = z.enum(['fr', 'en']);
export const RoleSchema = z.enum(['admin', 'communications', 'reviewer', 'staff']);
export const StatusSchema = z.enum(['draft', 'in_review', 'published', 'archived']);
export const EntitySchema = z.enum([
  'charter',
  'version',
  'member',
  'unit',
  'organization',
  'initiative',
  'idea',
  'notification',
]);

export const EmailSchema = z.string().trim().max(254).toLowerCase().pipe(z.email());
export const SlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes');
export const PasswordSchema = z.string().min(10).max(256);
/** Ids are opaque: any short string is looked up, and an unknown one is a 404. */
export const IdSchema = z.string().min(1).max(100);
/** 1 MiB of body holds less than 1 MiB of text once JSON-escaped. */
export const SourceSchema = z.string().max(1_000_000);

export const IdParams = z.strictObject({ id: IdSchema });
/** A body that must be empty (or `{}`), so a stray field is reported, not ignored. */
export const NoBody = z.strictObject({}).nullish();

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    reason: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const SessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), uiLang: LangSchema }),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string(), lang: LangSchema }),
  role: RoleSchema,
  /** The member's unit in this organization, or null. */
  unitId: z.string().nullable(),
  csrfToken: z.string(),
  /** Set by an administrator's reset, cleared by the member's own change (POST /api/me/password). */
  mustChangePassword: z.boolean(),
});

export const OrganizationSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  lang: LangSchema,
  createdAt: z.string(),
  /** The organization's values, that initiatives are asked to carry. */
  values: z.array(z.string()),
});

export const MemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  unitId: z.string().nullable(),
  createdAt: z.string(),
});

export const UnitSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });

export const VersionSummarySchema = z.object({
  id: z.string(),
  number: z.number(),
  status: StatusSchema,
  approved: z.boolean(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
});

export const CharterSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  langs: z.array(LangSchema),
  published: z.object({ versionId: z.string(), number: z.number(), publishedAt: z.string() }).nullable(),
  latest: z.object({ versionId: z.string(), number: z.number(), status: StatusSchema }).nullable(),
});

export const CharterSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  langs: z.array(LangSchema),
  createdAt: z.string(),
  /** Newest first. */
  versions: z.array(VersionSummarySchema),
});

export const DocumentSchema = z.object({
  source: z.string(),
  updatedAt: z.string(),
  /** Display name of who saved it last; the id is in updatedById. */
  updatedBy: z.string().nullable(),
  updatedById: z.string().nullable(),
  score: z.number(),
  balance: z.number().nullable(),
  coverage: z.number(),
});

export const VersionSchema = z.object({
  id: z.string(),
  charterId: z.string(),
  number: z.number(),
  status: StatusSchema,
  documents: z.partialRecord(LangSchema, DocumentSchema),
  behind: z.array(LangSchema),
  approval: z
    .object({ by: z.string(), byId: z.string().nullable(), at: z.string(), comment: z.string() })
    .nullable(),
  reviewComments: z.array(
    z.object({
      by: z.string(),
      byId: z.string().nullable(),
      at: z.string(),
      comment: z.string(),
      kind: z.enum(['approve', 'changes']),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  createdById: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedById: z.string().nullable(),
  archivedAt: z.string().nullable(),
});

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  entity: EntitySchema,
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const AnalysisSchema = z.object({
  lang: LangSchema,
  balance: z.number().nullable(),
  counts: z.record(z.string(), z.number()),
  score: z.number(),
  coverage: z.array(z.object({ clause: z.string(), present: z.boolean() })),
  // The analyzer's Diagnostic objects, as they are (see its types).
  diagnostics: z.array(z.custom<Diagnostic>((value) => typeof value === 'object' && value !== null)),
  sentences: z.array(z.object({ start: z.number(), end: z.number(), label: z.string() })),
});
