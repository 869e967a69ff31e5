/**
 * The web app (packages/web/dist) at `/`: its files as they are, and index.html for every other
 * page path so that deep links work. Without a build, a short page says how to make one.
 *
 * index.html carries a fresh nonce in a meta tag, named in its Content-Security-Policy: the editor
 * (CodeMirror) writes its style sheets into <style> elements and stamps them with it, so the policy
 * needs no 'unsafe-inline'.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * The web app's Content-Security-Policy: its own scripts, worker and API only; its own style sheets and
 * the <style> elements stamped with the page's nonce; images from itself or from the previews it makes
 * (blob:); never framed (its buttons act for a signed-in member).
 */
export function appCsp(nonce?: string): string {
  const styles = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return (
    `default-src 'self'; script-src 'self'; style-src ${styles}; img-src 'self' blob: data:; font-src 'self'; ` +
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
    "frame-ancestors 'none'"
  );
}

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
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: true,
    // `/` and `/index.html` go through sendIndex, for the nonce.
    index: false,
    allowedPath: (path) => path !== '/index.html',
    setHeaders(reply, path) {
      // Vite's hashed assets never change under their name; everything else is revalidated.
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = (reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('base64');
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', appCsp(nonce))
      .type('text/html; charset=utf-8')
      .send(index.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`));
  };
  // The static plugin would answer the root folder itself (no index file, as configured).
  app.get('/', (_request, reply) => sendIndex(reply));
  return {
    built,
    sendIndex,
  };
}
