/**
 * Charters, their versions and the review workflow, and the analyzer on demand.
 */
import { z } from 'zod';
import { analysisSummary } from '../domain/analysis.js';
import {
  approveVersion,
  archiveVersion,
  createCharter,
  createVersion,
  diffVersions,
  getCharter,
  getReportJson,
  getVersion,
  listCharters,
  publishVersion,
  requestChanges,
  saveDocument,
  submitVersion,
  updateCharter,
} from '../domain/charters.js';
import {
  AnalysisSchema,
  CharterSchema,
  CharterSummarySchema,
  IdParams,
  IdSchema,
  LangSchema,
  NoBody,
  SlugSchema,
  SourceSchema,
  VersionSchema,
} from '../http/schemas.js';
import { actorOf, authOf, type ZodApp } from '../http/types.js';

export const ANALYZE_BODY_LIMIT = 2 * 1024 * 1024;

const Title = z.string().trim().min(1).max(200);
const CharterBody = z.strictObject({
  title: Title,
  slug: SlugSchema.optional(),
  langs: z
    .array(LangSchema)
    .min(1)
    .max(2)
    .refine((langs) => new Set(langs).size === langs.length, 'Each language once'),
  sources: z.strictObject({ fr: SourceSchema.optional(), en: SourceSchema.optional() }).optional(),
});
const CharterPatch = z.strictObject({ title: Title.optional(), slug: SlugSchema.optional() });
const DocumentParams = z.strictObject({ id: IdSchema, lang: LangSchema });
const DocumentBody = z.strictObject({ source: SourceSchema });
const CommentBody = z.strictObject({ comment: z.string().trim().max(5000) });
const ChangesBody = z.strictObject({ comment: z.string().trim().min(1).max(5000) });
const DiffParams = z.strictObject({ id: IdSchema, otherId: IdSchema });
const DiffQuery = z.strictObject({ lang: LangSchema.optional() });
const AnalyzeBody = z.strictObject({ source: z.string().max(2_000_000), lang: LangSchema.optional() });

export function charterRoutes(app: ZodApp): void {
  app.get(
    '/api/charters',
    { schema: { response: { 200: z.array(CharterSummarySchema) } } },
    async (request) => {
      const auth = authOf(request);
      return listCharters(auth.scoped, auth.role);
    },
  );

  app.post(
    '/api/charters',
    { schema: { body: CharterBody, response: { 201: CharterSchema } } },
    async (request, reply) => {
      const auth = authOf(request);
      const charter = await createCharter(
        auth.scoped,
        actorOf(request),
        request.body,
        auth.organization.name,
      );
      return reply.code(201).send(charter);
    },
  );

  app.get(
    '/api/charters/:id',
    { schema: { params: IdParams, response: { 200: CharterSchema } } },
    async (request) => {
      const auth = authOf(request);
      return getCharter(auth.scoped, request.params.id, auth.role);
    },
  );

  app.patch(
    '/api/charters/:id',
    { schema: { params: IdParams, body: CharterPatch, response: { 200: CharterSchema } } },
    async (request) =>
      updateCharter(authOf(request).scoped, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/charters/:id/versions',
    { schema: { params: IdParams, body: NoBody, response: { 201: VersionSchema } } },
    async (request, reply) => {
      const version = await createVersion(authOf(request).scoped, actorOf(request), request.params.id);
      return reply.code(201).send(version);
    },
  );

  app.get(
    '/api/versions/:id',
    { schema: { params: IdParams, response: { 200: VersionSchema } } },
    async (request) => {
      const auth = authOf(request);
      return getVersion(auth.scoped, request.params.id, auth.role);
    },
  );

  app.get(
    '/api/versions/:id/report/:lang',
    { schema: { params: DocumentParams, response: { 200: z.unknown() } } },
    async (request, reply) => {
      const json = await getReportJson(authOf(request).scoped, request.params.id, request.params.lang);
      // Stored as JSON text: sent as is, not parsed and serialized again.
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  app.put(
    '/api/versions/:id/documents/:lang',
    { schema: { params: DocumentParams, body: DocumentBody, response: { 200: VersionSchema } } },
    async (request) =>
      saveDocument(
        authOf(request).scoped,
        actorOf(request),
        request.params.id,
        request.params.lang,
        request.body.source,
      ),
  );

  app.post(
    '/api/versions/:id/submit',
    { schema: { params: IdParams, body: NoBody, response: { 200: VersionSchema } } },
    async (request) => submitVersion(authOf(request).scoped, actorOf(request), request.params.id),
  );

  app.post(
    '/api/versions/:id/approve',
    { schema: { params: IdParams, body: CommentBody, response: { 200: VersionSchema } } },
    async (request) =>
      approveVersion(authOf(request).scoped, actorOf(request), request.params.id, request.body.comment),
  );

  app.post(
    '/api/versions/:id/request-changes',
    { schema: { params: IdParams, body: ChangesBody, response: { 200: VersionSchema } } },
    async (request) =>
      requestChanges(authOf(request).scoped, actorOf(request), request.params.id, request.body.comment),
  );

  app.post(
    '/api/versions/:id/publish',
    { schema: { params: IdParams, body: NoBody, response: { 200: VersionSchema } } },
    async (request) => publishVersion(authOf(request).scoped, actorOf(request), request.params.id),
  );

  app.post(
    '/api/versions/:id/archive',
    { schema: { params: IdParams, body: NoBody, response: { 200: VersionSchema } } },
    async (request) => archiveVersion(authOf(request).scoped, actorOf(request), request.params.id),
  );

  app.get(
    '/api/versions/:id/diff/:otherId',
    { schema: { params: DiffParams, querystring: DiffQuery, response: { 200: z.unknown() } } },
    async (request) =>
      diffVersions(authOf(request).scoped, request.params.id, request.params.otherId, request.query.lang),
  );

  app.post(
    '/api/analyze',
    { bodyLimit: ANALYZE_BODY_LIMIT, schema: { body: AnalyzeBody, response: { 200: AnalysisSchema } } },
    async (request) => analysisSummary(request.body.source, request.body.lang),
  );
}
