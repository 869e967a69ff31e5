/**
 * Published charters as websites, at /c/<org>/<charter>/ (no session): the pages @charte/site
 * renders from the published version, with their Content-Security-Policy and an ETag.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodApp } from '../http/types.js';
import { PUBLIC_CSP, type PublicSites } from '../public/site.js';

const Params = z.object({ org: z.string().max(100), charter: z.string().max(100) });
const FileParams = Params.extend({ '*': z.string().max(300) });

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Introuvable · Not found</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Introuvable · Not found</h1>
<p lang="fr">Aucune charte publiée à cette adresse.</p>
<p lang="en">No published charter at this address.</p></main></body></html>
`;

export function sendPublicNotFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .header('content-security-policy', PUBLIC_CSP)
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(NOT_FOUND_PAGE);
}

export function publicRoutes(app: ZodApp, sites: PublicSites): void {
  // Without the trailing slash, the pages' relative links would resolve one level up.
  app.get('/c/:org/:charter', { schema: { params: Params } }, async (request, reply) =>
    reply.redirect(
      `/c/${encodeURIComponent(request.params.org)}/${encodeURIComponent(request.params.charter)}/`,
      301,
    ),
  );

  app.get(
    '/c/:org/:charter/*',
    { schema: { params: FileParams } },
    async (request: FastifyRequest, reply) => {
      const params = request.params as z.infer<typeof FileParams>;
      const file = await sites.file(params.org, params.charter, params['*']);
      if (file === null) return sendPublicNotFound(reply);
      reply
        .header('content-security-policy', PUBLIC_CSP)
        .header('etag', file.etag)
        // Short: a new publication must show within a minute, and revalidating costs a 304.
        .header('cache-control', 'public, max-age=60')
        .type(file.type);
      if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
      return reply.send(file.body);
    },
  );
}
