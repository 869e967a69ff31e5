/**
 * Valoriser: initiatives (proposal, review, thread, showcase, kudos), notifications, highlights, the
 * ideas box, recognition figures, and the public gallery of showcased initiatives.
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { answerIdea, commentIdea, createIdea, getIdea, listIdeas, voteIdea } from '../domain/ideas.js';
import {
  ALT_MAX,
  altIssue,
  assertImageEditable,
  deleteInitiativeImage,
  etagMatches,
  fileIssue,
  IMAGE_MAX_BYTES,
  imageBytes,
  imageHash,
  imageTooLarge,
  malformedIssue,
  processImage,
  setImageAlt,
  setInitiativeImage,
} from '../domain/images.js';
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
import { type Issue, notFound, requestLang, validation } from '../http/errors.js';
import { IdParams, IdSchema } from '../http/schemas.js';
import { actorOf, authOf, type ZodApp } from '../http/types.js';
import type { PublicGalleries, PublicImageSize } from '../public/gallery.js';
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
  // null (or left out) for no account; in an edit, null removes the one given before.
  accountUrl: HttpUrl.nullable().optional(),
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

const ImageSchema = z
  .object({
    url: z.string(),
    thumbUrl: z.string(),
    alt: z.string(),
    width: z.number(),
    height: z.number(),
    thumbWidth: z.number(),
    thumbHeight: z.number(),
  })
  .nullable();

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
  image: ImageSchema,
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
      kind: z.enum(['kudos', 'review', 'message', 'resubmitted', 'idea-answer']),
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
  image: ImageSchema,
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
  image: ImageSchema,
});
const OrgParams = z.object({ org: z.string().max(100) });
// A public page: an unknown language falls back to the organization's rather than answering 400.
const GalleryLang = z.enum(['fr', 'en']).optional().catch(undefined);
const GalleryQuery = z.object({
  value: z.string().max(200).optional(),
  platform: z.string().max(200).optional(),
  unit: z.string().max(200).optional(),
  lang: GalleryLang,
});

// ---- images ---------------------------------------------------------------------------------

/** Room for the multipart framing and the `alt` field around an 8 MiB file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MULTIPART_LIMITS = {
  fileSize: IMAGE_MAX_BYTES,
  files: 1,
  fields: 4,
  parts: 6,
  // An alt of 300 characters is at most 1,200 bytes of UTF-8: a longer value is cut, then refused.
  fieldSize: 4096,
  fieldNameSize: 100,
  headerPairs: 20,
};
const ImageQuery = z.strictObject({ size: z.enum(['thumb']).optional(), v: z.string().max(64).optional() });
const PublicImageQuery = z.object({ v: z.string().max(64).optional() });

/** Long-lived when the URL names the current version (a new image is a new URL); else revalidated. */
const imageCacheControl = (scope: 'private' | 'public', current: boolean) =>
  scope === 'private'
    ? current
      ? 'private, max-age=31536000, immutable'
      : 'private, no-cache'
    : current
      ? 'public, max-age=86400, immutable'
      : 'public, max-age=86400';

/**
 * Reads `alt` and `file` from a multipart body. Unknown parts are drained and named in the 400, like an
 * unknown JSON field; a file over 8 MiB is a 413 (refused from its Content-Length when it says so).
 */
async function readUpload(request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(request);
  if (!request.isMultipart()) throw validation([fileIssue(lang)]);
  if (Number(request.headers['content-length']) > IMAGE_MAX_BYTES + MULTIPART_OVERHEAD) {
    // Not worth reading: close the connection rather than drain what is left of the upload.
    reply.header('connection', 'close');
    throw imageTooLarge(lang);
  }
  let alt: string | undefined;
  let altSeen = 0;
  let file: Buffer | undefined;
  const issues: Issue[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') file = await part.toBuffer();
      else if (part.type === 'file') {
        part.file.resume();
        issues.push({ path: `body.${part.fieldname}`, message: 'Unknown field' });
      } else if (part.fieldname === 'alt') {
        altSeen++;
        // A cut value is over the limit whatever it held.
        alt = part.valueTruncated ? 'x'.repeat(ALT_MAX + 1) : String(part.value);
      } else issues.push({ path: `body.${part.fieldname}`, message: 'Unknown field' });
    }
  } catch (error) {
    const { code, statusCode } = error as { code?: string; statusCode?: number };
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw imageTooLarge(lang);
    // Too many parts or fields: the plugin's 413s answer as `too-large`.
    if (statusCode === 413) throw error;
    // A body the parser cannot read (no boundary, cut short…) is the client's error, never a 500.
    throw validation([malformedIssue(lang)]);
  }
  const trimmed = altSeen === 1 ? (alt ?? '').trim() : '';
  if (trimmed.length < 1 || trimmed.length > ALT_MAX) issues.push(altIssue(lang));
  if (!file || file.length === 0) issues.push(fileIssue(lang));
  if (issues.length > 0 || !file) throw validation(issues);
  return { alt: trimmed, file, lang };
}

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

  // ---- initiative images ---------------------------------------------------------------------

  // Multipart is parsed for this route only (its own plugin context): every other route takes JSON.
  app.register(async (uploads: ZodApp) => {
    await uploads.register(fastifyMultipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
    uploads.put(
      '/api/initiatives/:id/image',
      { schema: { params: IdParams, response: { 200: InitiativeSchema } } },
      async (request, reply) => {
        const auth = authOf(request);
        const actor = actorOf(request);
        await assertImageEditable(auth.scoped, actor, request.params.id);
        const upload = await readUpload(request, reply);
        const image = await processImage(upload.file, upload.lang);
        const view = await setInitiativeImage(auth.scoped, actor, request.params.id, upload.alt, image);
        galleries.invalidate(auth.organization.id);
        return view;
      },
    );
  });

  app.patch(
    '/api/initiatives/:id/image',
    {
      schema: {
        params: IdParams,
        body: z.strictObject({ alt: Text(1, ALT_MAX) }),
        response: { 200: InitiativeSchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const view = await setImageAlt(auth.scoped, actorOf(request), request.params.id, request.body.alt);
      galleries.invalidate(auth.organization.id);
      return view;
    },
  );

  app.delete(
    '/api/initiatives/:id/image',
    { schema: { params: IdParams, response: { 200: InitiativeSchema } } },
    async (request) => {
      const auth = authOf(request);
      const view = await deleteInitiativeImage(auth.scoped, actorOf(request), request.params.id);
      galleries.invalidate(auth.organization.id);
      return view;
    },
  );

  // Every /api answer is `no-store` (an onSend hook of the app); an image sets its own, after it.
  const cacheControls = new WeakMap<FastifyRequest, string>();
  app.get(
    '/api/initiatives/:id/image',
    {
      schema: { params: IdParams, querystring: ImageQuery },
      onSend: async (request, reply, payload) => {
        const cacheControl = cacheControls.get(request);
        if (cacheControl && reply.statusCode < 400) reply.header('cache-control', cacheControl);
        return payload;
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const size = request.query.size === 'thumb' ? 'thumb' : 'full';
      const hash = await imageHash(auth.scoped, actorOf(request), request.params.id);
      const etag = `"${hash}${size === 'thumb' ? '-thumb' : ''}"`;
      cacheControls.set(request, imageCacheControl('private', request.query.v === hash));
      reply.header('etag', etag);
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      const image = await imageBytes(auth.scoped, request.params.id, size);
      if (!image) throw notFound();
      if (image.hash !== hash) {
        // Replaced between the two reads: describe the bytes actually sent.
        reply.header('etag', `"${image.hash}${size === 'thumb' ? '-thumb' : ''}"`);
        cacheControls.set(request, imageCacheControl('private', request.query.v === image.hash));
      }
      return reply.type('image/webp').send(image.bytes);
    },
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
    {
      schema: {
        params: OrgParams.extend({ id: z.string().max(100) }),
        querystring: z.object({ lang: GalleryLang }),
      },
    },
    async (request, reply) =>
      send(request, reply, request.params.org, request.params.id, { lang: request.query.lang }),
  );

  const sendImage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    { org, id }: { org: string; id: string },
    version: string | undefined,
    size: PublicImageSize,
  ) => {
    // The hash comes from the cached gallery: a revalidation costs no query.
    const hash = await galleries.imageHash(org, id);
    if (hash === null) return sendPublicNotFound(reply);
    const etag = `"${hash}${size === 'thumb' ? '-thumb' : ''}"`;
    reply
      .header('etag', etag)
      .header('cache-control', imageCacheControl('public', version === hash))
      .header('content-security-policy', PUBLIC_CSP);
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const image = await galleries.image(org, id, size);
    if (image === null) return sendPublicNotFound(reply);
    return reply.type('image/webp').send(image.body);
  };
  const ImageParams = OrgParams.extend({ id: z.string().max(100) });

  app.get(
    '/c/:org/initiatives/:id/image.webp',
    { schema: { params: ImageParams, querystring: PublicImageQuery } },
    async (request, reply) => sendImage(request, reply, request.params, request.query.v, 'full'),
  );

  app.get(
    '/c/:org/initiatives/:id/thumb.webp',
    { schema: { params: ImageParams, querystring: PublicImageQuery } },
    async (request, reply) => sendImage(request, reply, request.params, request.query.v, 'thumb'),
  );
}
