/**
 * Public routes that need no session: health and readiness, first-run setup, demo accounts.
 */
import type { FastifyReply } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import { createSession } from '../auth/sessions.js';
import { migrationsApplied } from '../db/migrations.js';
import type { Database } from '../db/schema.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, INITIALIZED_SETTING, isDemoSeeded } from '../domain/demo.js';
import { createOrganization, hasOrganization } from '../domain/organizations.js';
import { conflict } from '../http/errors.js';
import {
  EmailSchema,
  LangSchema,
  PasswordSchema,
  RoleSchema,
  SessionSchema,
  SlugSchema,
} from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';

export interface SystemDeps {
  db: Kysely<Database>;
  production: boolean;
  now: () => Date;
  setSessionCookie: (reply: FastifyReply, token: string) => void;
}

const SetupBody = z.strictObject({
  organization: z.strictObject({
    name: z.string().trim().min(1).max(200),
    slug: SlugSchema.optional(),
    lang: LangSchema,
  }),
  admin: z.strictObject({
    email: EmailSchema,
    name: z.string().trim().min(1).max(200),
    password: PasswordSchema,
  }),
});

export function systemRoutes(app: ZodApp, deps: SystemDeps): void {
  const { db } = deps;
  let migrated = false;

  app.get('/healthz', { schema: { response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    {
      schema: {
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('not-ready') }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(db);
        // Applied migrations cannot become unapplied: checked until true, then remembered.
        migrated ||= await migrationsApplied(db as Kysely<unknown>);
        if (migrated) return { status: 'ready' as const };
      } catch {
        // the database does not answer
      }
      return reply.code(503).send({ status: 'not-ready' as const });
    },
  );

  app.get('/api/setup', { schema: { response: { 200: z.object({ needed: z.boolean() }) } } }, async () => ({
    needed: !(await hasOrganization(db)),
  }));

  app.post(
    '/api/setup',
    { schema: { body: SetupBody, response: { 201: SessionSchema } } },
    async (request, reply) => {
      if (await hasOrganization(db)) throw conflict('setup-done');
      const { organization, admin } = request.body;
      const passwordHash = await hashPassword(admin.password);
      const now = deps.now();
      const created = await createOrganization(
        db,
        {
          name: organization.name,
          slug: organization.slug,
          lang: organization.lang,
          accounts: [
            { email: admin.email, name: admin.name, passwordHash, uiLang: organization.lang, role: 'admin' },
          ],
        },
        { marker: INITIALIZED_SETTING, now },
      );
      const userId = created.userIds[0];
      const session = await createSession(db, userId, created.organizationId, now);
      deps.setSessionCookie(reply, session.token);
      const org = await db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', created.organizationId)
        .executeTakeFirstOrThrow();
      return reply.code(201).send({
        user: { id: userId, email: admin.email, name: admin.name, uiLang: organization.lang },
        organization: { id: org.id, slug: org.slug, name: org.name, lang: org.lang },
        role: 'admin' as const,
        unitId: null,
        csrfToken: session.csrfToken,
        mustChangePassword: false,
      });
    },
  );

  app.get(
    '/api/demo',
    {
      schema: {
        response: {
          200: z.object({
            demo: z.boolean(),
            accounts: z.array(z.object({ email: z.string(), role: RoleSchema })).optional(),
            password: z.string().optional(),
          }),
        },
      },
    },
    async () => {
      if (deps.production || !(await isDemoSeeded(db))) return { demo: false };
      return {
        demo: true,
        accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
        password: DEMO_PASSWORD,
      };
    },
  );
}
