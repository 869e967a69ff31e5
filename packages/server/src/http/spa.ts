/**
 * The web app (packages/web/dist) at `/`: its files as they are, and index.html for every other
 * page path so that deep links work. Without a build, a short page says how to make one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { ZodApp } from './types.js';

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Charte</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Charte</h1>
<p>The web app is not built yet: run <code>npm run build</code>, then restart the server.</p>
<p lang="fr">L’application web n’est pas encore construite : lancez <code>npm run build</code>, puis redémarrez le serveur.</p>
</main></body></html>
`;

export interface Spa {
  /** Answers a page path with the app's index.html (or the missing-build page). */
  sendIndex(reply: FastifyReply): FastifyReply;
  built: boolean;
}

export async function registerSpa(app: ZodApp, dist: string): Promise<Spa> {
  const built = existsSync(join(dist, 'index.html'));
  if (!built) {
    return {
      built,
      sendIndex: (reply) =>
        reply
          .code(200)
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .send(MISSING_BUILD),
    };
  }
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: true,
    index: 'index.html',
    setHeaders(reply, path) {
      // Vite's hashed assets never change under their name; everything else is revalidated.
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return {
    built,
    sendIndex: (reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'),
  };
}
