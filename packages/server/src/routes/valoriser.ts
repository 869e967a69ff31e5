/**
 * Valoriser: initiatives (proposal, review, thread, showcase, kudos), notifications, highlights, the
 * ideas box, recognition figures, and the public gallery of showcased initiatives.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { answerIdea, commentIdea, createIdea, getIdea, listIdeas, voteIdea } from '../domain/ideas.js';
import {
  createInitiative,
  getInitiative,
  giveKudos,
  highlights,
  listInitiatives,
  listNotifications,
  markNotificationsRead,
  postMessage,
  reviewInitiative,
  showcaseInitiative,
  updateInitiative,
} from '../domain/initiatives.js';
import { recognition, recognitionCsv } from '../domain/recognition.js';
import { notFound, requestLang } from '../http/errors.js';
import { IdParams, IdSchema } from '../http/schemas.js';
import { actorOf, authOf, type ZodApp } from '../http/types.js';
import type { PublicGalleries } from '../public/gallery.js';
import { PUBLIC_CSP } from '../public/site.js';
import { sendPublicNotFound } from './public.js';

const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
const InitiativeStatus = z.enum(['proposed', 'approved', 'changes_requested', 'declined']);
const IdeaStatus = z.enum(['open', 'under_study', 'adopted', 'not_retained', 'done']);
const HttpUrl = z.url({ protocol: /^https?$/ }).max(500);

const InitiativeFields = {
  title: Text(2, 200),
  description: Text(2, 5000),
  platforms: z.array(Text(1, 60)).min(1).max(10),
  accountUrl: HttpUrl.optional(),
  unitId: IdSchema.nullable().optional(),
  audience: Text(1, 200),
  values: z.array(Text(1, 60)).min(1).max(20),
  studentsAppear: z.boolean(),
  consent: z.strictObject({ obtained: z.boolean(), note: Text(0, 1000).optional() }).optional(),
  publicOk: z.boolean(),
};
const InitiativeBody = z.strictObject(InitiativeFields);
const InitiativePatch = z.strictObject(InitiativeFields).partial();

const ThreadEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['message', 'approve', 'request_changes', 'decline']),
  text: z.string(),
  by: z.string().nullable(),
  byId: z.string().nullable(),
  at: z.string(),
});

export const InitiativeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  platforms: z.array(z.string()),
  accountUrl: z.string().nullable(),
  unitId: z.string().nullable(),
  unit: z.string().nullable(),
  audience: z.string(),
  values: z.array(z.string()),
  studentsAppear: z.boolean(),
  consent: z.object({ obtained: z.boolean(), note: z.string().nullable() }).nullable(),
  publicOk: z.boolean(),
  status: InitiativeStatus,
  showcased: z.boolean(),
  public: z.boolean(),
  proposer: z.object({ id: z.string(), name: z.string() }).nullable(),
  kudosCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
  showcasedAt: z.string().nullable(),
});

export const InitiativeSchema = InitiativeSummarySchema.extend({
  messages: z.array(ThreadEntrySchema),
  reviews: z.array(ThreadEntrySchema),
  kudos: z.array(
    z.object({ by: z.string().nullable(), byId: z.string(), message: z.string().nullable(), at: z.string() }),
  ),
  myKudos: z.object({ message: z.string().nullable() }).nullable(),
  clauses: z.array(z.object({ clause: z.string(), present: z.boolean(), charterId: z.string() })),
});

const NotificationsSchema = z.object({
  unread: z.number(),
  notifications: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['kudos', 'review', 'message', 'idea-answer']),
      actor: z.string().nullable(),
      initiativeId: z.string().nullable(),
      ideaId: z.string().nullable(),
      text: z.string().nullable(),
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
});

const HighlightSchema = z.object({
  kind: z.enum(['approved', 'showcased', 'kudos']),
  at: z.string(),
  initiativeId: z.string(),
  title: z.string(),
  by: z.string().nullable(),
  message: z.string().nullable(),
});

const IdeaSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  status: IdeaStatus,
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  votes: z.object({ up: z.number(), down: z.number(), score: z.number() }),
  myVote: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  commentCount: z.number(),
  answer: z.object({ text: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
  createdAt: z.string(),
});
const IdeaDetailSchema = IdeaSchema.extend({
  comments: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      by: z.string().nullable(),
      byId: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

const Counts = { proposed: z.number(), approved: z.number(), showcased: z.number() };
const RecognitionSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  byUnit: z.array(
    z.object({ month: z.string(), unitId: z.string().nullable(), unit: z.string().nullable(), ...Counts }),
  ),
  byValue: z.array(z.object({ month: z.string(), value: z.string(), ...Counts })),
  kudos: z.array(z.object({ month: z.string(), count: z.number() })),
  ideasAdopted: z.array(z.object({ month: z.string(), count: z.number() })),
});
const RecognitionQuery = z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() });

const PublicCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  platforms: z.array(z.string()),
  values: z.array(z.string()),
  unit: z.string().nullable(),
  accountUrl: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
const OrgParams = z.object({ org: z.string().max(100) });
const GalleryQuery = z.object({
  value: z.string().max(200).optional(),
  platform: z.string().max(200).optional(),
  unit: z.string().max(200).optional(),
});

export function valoriserRoutes(app: ZodApp, galleries: PublicGalleries): void {
  app.get(
    '/api/initiatives',
    {
      schema: {
        querystring: z.strictObject({
          status: InitiativeStatus.optional(),
          mine: z.enum(['0', '1']).optional(),
        }),
        response: { 200: z.array(InitiativeSummarySchema) },
      },
    },
    async (request) =>
      listInitiatives(authOf(request).scoped, actorOf(request), {
        status: request.query.status,
        mine: request.query.mine === '1',
      }),
  );

  app.post(
    '/api/initiatives',
    { schema: { body: InitiativeBody, response: { 201: InitiativeSchema } } },
    async (request, reply) => {
      const created = await createInitiative(
        authOf(request).scoped,
        actorOf(request),
        request.body,
        requestLang(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/initiatives/:id',
    { schema: { params: IdParams, response: { 200: InitiativeSchema } } },
    async (request) => getInitiative(authOf(request).scoped, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/initiatives/:id',
    { schema: { params: IdParams, body: InitiativePatch, response: { 200: InitiativeSchema } } },
    async (request) =>
      updateInitiative(
        authOf(request).scoped,
        actorOf(request),
        request.params.id,
        request.body,
        requestLang(request),
      ),
  );

  app.post(
    '/api/initiatives/:id/review',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({
          decision: z.enum(['approve', 'request_changes', 'decline']),
          message: Text(2, 2000),
        }),
        response: { 200: InitiativeSchema },
      },
    },
    async (request) =>
      reviewInitiative(
        authOf(request).scoped,
        actorOf(request),
        request.params.id,
        request.body.decision,
        request.body.message,
      ),
  );

  app.post(
    '/api/initiatives/:id/messages',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ text: Text(1, 2000) }),
        response: { 200: InitiativeSchema },
      },
    },
    async (request) =>
      postMessage(authOf(request).scoped, actorOf(request), request.params.id, request.body.text),
  );

  app.post(
    '/api/initiatives/:id/showcase',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ showcased: z.boolean() }),
        response: { 200: InitiativeSchema },
      },
    },
    async (request) =>
      showcaseInitiative(authOf(request).scoped, actorOf(request), request.params.id, request.body.showcased),
  );

  app.post(
    '/api/initiatives/:id/kudos',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ message: Text(0, 280).optional() }),
        response: { 200: InitiativeSchema },
      },
    },
    async (request) =>
      giveKudos(authOf(request).scoped, actorOf(request), request.params.id, request.body.message || null),
  );

  app.get('/api/notifications', { schema: { response: { 200: NotificationsSchema } } }, async (request) => {
    const auth = authOf(request);
    return listNotifications(auth.scoped, auth.user.id);
  });

  app.post(
    '/api/notifications/read',
    {
      schema: {
        body: z.strictObject({ ids: z.array(IdSchema).min(1).max(200) }),
        response: { 200: NotificationsSchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return markNotificationsRead(auth.scoped, auth.user.id, request.body.ids);
    },
  );

  app.get('/api/highlights', { schema: { response: { 200: z.array(HighlightSchema) } } }, async (request) =>
    highlights(authOf(request).scoped),
  );

  // ---- ideas --------------------------------------------------------------------------------

  app.get(
    '/api/ideas',
    {
      schema: {
        querystring: z.strictObject({ status: IdeaStatus.optional() }),
        response: { 200: z.array(IdeaSchema) },
      },
    },
    async (request) => listIdeas(authOf(request).scoped, actorOf(request), request.query.status),
  );

  app.post(
    '/api/ideas',
    {
      schema: {
        body: z.strictObject({ title: Text(2, 200), body: Text(2, 5000) }),
        response: { 201: IdeaDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createIdea(authOf(request).scoped, actorOf(request), request.body)),
  );

  app.get(
    '/api/ideas/:id',
    { schema: { params: IdParams, response: { 200: IdeaDetailSchema } } },
    async (request) => getIdea(authOf(request).scoped, actorOf(request), request.params.id),
  );

  app.put(
    '/api/ideas/:id/vote',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ value: z.union([z.literal(1), z.literal(-1), z.literal(0)]) }),
        response: { 200: IdeaDetailSchema },
      },
    },
    async (request) =>
      voteIdea(authOf(request).scoped, actorOf(request), request.params.id, request.body.value),
  );

  app.post(
    '/api/ideas/:id/comments',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ text: Text(1, 2000) }),
        response: { 200: IdeaDetailSchema },
      },
    },
    async (request) =>
      commentIdea(authOf(request).scoped, actorOf(request), request.params.id, request.body.text),
  );

  app.post(
    '/api/ideas/:id/answer',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({
          status: z.enum(['under_study', 'adopted', 'not_retained', 'done']),
          answer: Text(2, 2000),
        }),
        response: { 200: IdeaDetailSchema },
      },
    },
    async (request) => answerIdea(authOf(request).scoped, actorOf(request), request.params.id, request.body),
  );

  // ---- recognition --------------------------------------------------------------------------

  app.get(
    '/api/recognition',
    { schema: { querystring: RecognitionQuery, response: { 200: RecognitionSchema } } },
    async (request) => recognition(authOf(request).scoped, request.query),
  );

  app.get('/api/recognition.csv', { schema: { querystring: RecognitionQuery } }, async (request, reply) => {
    const figures = await recognition(authOf(request).scoped, request.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="recognition.csv"')
      .send(recognitionCsv(figures));
  });

  // ---- public gallery -----------------------------------------------------------------------

  app.get(
    '/api/public/:org/initiatives',
    { schema: { params: OrgParams, response: { 200: z.array(PublicCardSchema) } } },
    async (request) => {
      const cards = await galleries.cards(request.params.org);
      if (cards === null) throw notFound();
      return cards;
    },
  );

  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    org: string,
    path: string,
    filters: z.infer<typeof GalleryQuery>,
  ) => {
    const file = await galleries.file(org, path, filters);
    if (file === null) return sendPublicNotFound(reply);
    reply
      .header('content-security-policy', PUBLIC_CSP)
      .header('etag', file.etag)
      .header('cache-control', 'public, max-age=60')
      .type(file.type);
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    return reply.send(file.body);
  };

  app.get(
    '/c/:org/initiatives/',
    { schema: { params: OrgParams, querystring: GalleryQuery } },
    async (request, reply) => send(request, reply, request.params.org, '', request.query),
  );

  app.get(
    '/c/:org/initiatives/:id',
    { schema: { params: OrgParams.extend({ id: z.string().max(100) }) } },
    async (request, reply) => send(request, reply, request.params.org, request.params.id, {}),
  );
}
