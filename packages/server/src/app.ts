/**
 * createApp: the database (migrated), the demo data when asked, and the Fastify application with its
 * security rules — sessions, CSRF, the route → role table, tenant scoping, uniform errors.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { type Access, allows, mustBeDeclared, ROUTE_ACCESS, routeKey } from './auth/permissions.js';
import { IDLE_TIMEOUT_MS, resolveSession, SESSION_COOKIE, sameSecret, sessionLang } from './auth/sessions.js';
import { type DatabaseHandle, type DatabaseKind, isPostgresUrl, openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrations.js';
import type { Database, Lang } from './db/schema.js';
import { isDemoSeeded, seedDemo } from './domain/demo.js';
import { ApiError, forbidden, notFound, sendError, unauthenticated } from './http/errors.js';
import { appCsp, registerSpa } from './http/spa.js';
import type { ZodApp } from './http/types.js';
import { findBrowser } from './pdf.js';
import { PublicGalleries } from './public/gallery.js';
import { PublicSites } from './public/site.js';
import { authRoutes } from './routes/auth.js';
import { charterRoutes } from './routes/charters.js';
import { organizationRoutes } from './routes/organization.js';
import { publicRoutes, sendPublicNotFound } from './routes/public.js';
import { systemRoutes } from './routes/system.js';
import { valoriserRoutes } from './routes/valoriser.js';

export interface AppOptions {
  /** postgres://… to use PostgreSQL; otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** SQLite file (or `:memory:`); default `${dataDir}/charte.sqlite`. */
  sqlitePath?: string;
  /** Where the SQLite file lives by default, and the published charters' PDFs; default `./data`. */
  dataDir?: string;
  /** The browser that prints published charters to PDF; null: no PDF; default: found on PATH. */
  pdfBrowser?: string | null;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** `production` turns on secure cookies and turns off demo data for good. */
  nodeEnv?: string;
  /** Fastify's logger: false in tests, pino options or true otherwise (default true). */
  logger?: FastifyServerOptions['logger'];
  /** Seed the demo on an empty database (default: outside production). Ignored in production. */
  seedDemo?: boolean;
  /** Force the cookie's Secure flag (default: in production or with COOKIE_SECURE=1). */
  cookieSecure?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (for the client IP the login rate limit counts by). */
  trustProxy?: boolean | string | string[];
  /** The web app's built files; default packages/web/dist. */
  webDist?: string;
  /** Sign-in attempts per IP and e-mail per window (default 10 per 15 min). */
  loginAttempts?: number;
  loginWindowMs?: number;
  /** The clock (tests move it to expire sessions). */
  now?: () => Date;
}

export interface App {
  app: FastifyInstance;
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Mutations a visitor makes before having a session (so before having a CSRF token). */
const CSRF_EXEMPT = new Set(['POST /api/auth/login', 'POST /api/setup']);
/** What a member whose password was reset may still do before choosing a new one. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/me',
  'PATCH /api/me',
  'POST /api/me/password',
  'POST /api/auth/logout',
]);
export const BODY_LIMIT = 1024 * 1024;

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function createApp(options: AppOptions = {}): Promise<App> {
  const nodeEnv = options.nodeEnv ?? process.env.NODE_ENV;
  const production = nodeEnv === 'production';
  const now = options.now ?? (() => new Date());
  const handle: DatabaseHandle = isPostgresUrl(options.databaseUrl)
    ? openDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: options.poolSize })
    : openDatabase({
        kind: 'sqlite',
        path: options.sqlitePath ?? resolve(options.dataDir ?? './data', 'charte.sqlite'),
      });
  const { db } = handle;

  let app: ZodApp;
  try {
    await migrateToLatest(db as Kysely<unknown>);
    app = Fastify({
      logger: options.logger ?? true,
      bodyLimit: BODY_LIMIT,
      trustProxy: options.trustProxy ?? false,
      // Probes would drown the log.
      logController: new LogController({
        disableRequestLogging: (request) => request.url === '/healthz' || request.url === '/readyz',
      }),
      requestTimeout: 60_000,
      return503OnClosing: true,
    }).withTypeProvider();
    if (!production && (options.seedDemo ?? true)) {
      if (await seedDemo(db, nodeEnv, now())) app.log.info('demo organization seeded (slug "demo")');
    }
    if (production && (await isDemoSeeded(db))) {
      app.log.warn(
        'this database holds the demo accounts and their public password: remove them before going live',
      );
    }
  } catch (error) {
    await handle.close();
    throw error;
  }

  try {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.decorateRequest('auth', null);

    const cookieSecure = options.cookieSecure ?? (production || process.env.COOKIE_SECURE === '1');
    const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: cookieSecure };
    const setSessionCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: 7 * 24 * 60 * 60 });
    const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions);

    await app.register(fastifyCookie);
    await app.register(fastifyRateLimit, { global: false });

    // Every /api, /c and probe route must say who may call it: a route without a rule cannot start.
    app.addHook('onRoute', (route) => {
      if (!mustBeDeclared(route.url)) return;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        const key = routeKey(method, route.url);
        const access = (ROUTE_ACCESS as Record<string, Access>)[key];
        if (access === undefined) throw new Error(`Route ${key} has no rule in ROUTE_ACCESS`);
        route.config = { ...(route.config ?? {}), access };
      }
    });

    // Authentication, CSRF and role, before the body is even read.
    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (access === undefined || access === 'public') return;
      const token = request.cookies[SESSION_COOKIE];
      const auth = token ? await resolveSession(db, token, now) : null;
      if (!auth) throw unauthenticated();
      request.auth = auth;
      if (
        MUTATIONS.has(request.method) &&
        !CSRF_EXEMPT.has(routeKey(request.method, request.routeOptions.url ?? ''))
      ) {
        const header = request.headers['x-csrf-token'];
        if (typeof header !== 'string' || !sameSecret(header, auth.csrfToken))
          throw new ApiError(403, 'csrf');
      }
      if (!allows(access, auth.role)) throw forbidden();
      // A reset password is known to the administrator who set it: it opens nothing but its change.
      if (
        auth.mustChangePassword &&
        !BEFORE_PASSWORD_CHANGE.has(routeKey(request.method, request.routeOptions.url ?? ''))
      )
        throw new ApiError(403, 'password-change-required');
    });

    app.addHook('onSend', async (request, reply, payload) => {
      // Public pages set their own (stricter, no script); everything else is the app or its API.
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', appCsp());
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'strict-origin-when-cross-origin');
      reply.header('x-frame-options', 'DENY');
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
      return payload;
    });

    /** The user's language when the auth hook did not run (public routes, unknown routes). */
    const languageOf = async (request: FastifyRequest): Promise<Lang | undefined> => {
      if (request.auth) return request.auth.user.uiLang;
      const token = request.cookies?.[SESSION_COOKIE];
      if (!token) return undefined;
      return (await sessionLang(db, token).catch(() => null)) ?? undefined;
    };
    app.setErrorHandler(async (error, request, reply) =>
      sendError(request, reply, error, await languageOf(request)),
    );
    // The API speaks JSON only: a text body is a 415, not a string to validate.
    app.removeContentTypeParser('text/plain');

    // Published charters offer a PDF when a browser can print it (CHARTE_CHROMIUM or one on PATH).
    const browser = options.pdfBrowser !== undefined ? options.pdfBrowser : await findBrowser(process.env);
    const pdfCache = resolve(options.dataDir ?? './data', 'pdf');
    const sites = new PublicSites(db, 64, browser ? { browser, cacheDir: pdfCache } : null);
    systemRoutes(app, { db, production, now, setSessionCookie });
    authRoutes(app, {
      db,
      now,
      setSessionCookie,
      clearSessionCookie,
      loginAttempts: options.loginAttempts ?? 10,
      loginWindowMs: options.loginWindowMs ?? 15 * 60 * 1000,
    });
    organizationRoutes(app);
    charterRoutes(app);
    publicRoutes(app, sites);
    const galleries = new PublicGalleries(db);
    valoriserRoutes(app, galleries);
    // Any mutation may change what the organization's gallery shows (an initiative, a unit's name, the
    // organization's name or language): drop its cached gallery once the handler has finished.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.auth && MUTATIONS.has(request.method) && reply.statusCode < 400)
        galleries.invalidate(request.auth.organization.id);
      return payload;
    });
    const spa = await registerSpa(app, options.webDist ?? DEFAULT_WEB_DIST);

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0];
      if (path.startsWith('/c/')) return sendPublicNotFound(reply);
      if (
        (request.method === 'GET' || request.method === 'HEAD') &&
        !path.startsWith('/api/') &&
        path !== '/api'
      ) {
        return spa.sendIndex(reply);
      }
      return languageOf(request).then((lang) => sendError(request, reply, notFound(), lang));
    });
  } catch (error) {
    await handle.close();
    throw error;
  }

  // Dead sessions are deleted on sign-in and when met; this sweeps the ones nobody comes back to.
  const sweep = setInterval(
    () => {
      const at = now();
      db.deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<=', at.toISOString()),
            eb('last_seen_at', '<=', new Date(at.getTime() - IDLE_TIMEOUT_MS).toISOString()),
          ]),
        )
        .execute()
        .catch((error: unknown) => app.log.warn({ err: error }, 'session sweep failed'));
    },
    60 * 60 * 1000,
  );
  sweep.unref();

  app.addHook('onClose', async () => {
    clearInterval(sweep);
    await handle.close();
  });

  // Keep-alive connections would hold the server open after their last response: once closing,
  // responses say `Connection: close` and connections that fall idle are closed as they do.
  let shuttingDown = false;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (shuttingDown) reply.header('connection', 'close');
    return payload;
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      shuttingDown = true;
      const reaper = setInterval(() => app.server.closeIdleConnections?.(), 50);
      try {
        await app.close();
      } finally {
        clearInterval(reaper);
        await handle.close();
      }
    })();
    return closing;
  };
  return { app, db, dbKind: handle.kind, close };
}
