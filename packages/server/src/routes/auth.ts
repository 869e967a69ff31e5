/**
 * Sign-in, sign-out and the signed-in member's own profile and password.
 */
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.js';
import { createSession, deleteSession, SESSION_COOKIE, sessionView } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import { changeOwnPassword, PasswordChangeError } from '../domain/passwords.js';
import { ApiError, requestLang, validation } from '../http/errors.js';
import { LangSchema, NoBody, PasswordSchema, SessionSchema } from '../http/schemas.js';
import { authOf, type ZodApp } from '../http/types.js';
import { message } from '../messages.js';

export interface AuthDeps {
  db: Kysely<Database>;
  now: () => Date;
  setSessionCookie: (reply: FastifyReply, token: string) => void;
  clearSessionCookie: (reply: FastifyReply) => void;
  /** Sign-in attempts allowed per IP and e-mail in `loginWindowMs`; password changes per account too. */
  loginAttempts: number;
  loginWindowMs: number;
}

const LoginBody = z.strictObject({
  // Not checked as an e-mail: a malformed one is just a wrong one (401, same as any other).
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});

const MeBody = z.strictObject({
  uiLang: LangSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

const PasswordBody = z.strictObject({
  // Any length: a wrong current password is a wrong one (400 wrong-password), whatever its shape.
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export function authRoutes(app: ZodApp, deps: AuthDeps): void {
  const { db } = deps;

  app.post(
    '/api/auth/login',
    {
      schema: { body: LoginBody, response: { 200: SessionSchema } },
      config: {
        rateLimit: {
          max: deps.loginAttempts,
          timeWindow: deps.loginWindowMs,
          // After validation, so the key can hold the e-mail.
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${(request.body as { email?: string } | undefined)?.email ?? ''}`,
          errorResponseBuilder: () => new ApiError(429, 'rate-limited'),
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'ui_lang', 'password_hash', 'must_change_password'])
        .where('email', '=', email)
        .executeTakeFirst();
      const ok = await verifyPassword(user?.password_hash ?? null, password);
      if (!user || !ok) throw new ApiError(401, 'bad-credentials');
      // A member of several organizations signs into the one they joined first.
      const membership = await db
        .selectFrom('memberships')
        .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
        .select([
          'memberships.id',
          'memberships.role',
          'memberships.unit_id',
          'organizations.id as organization_id',
          'organizations.slug',
          'organizations.name',
          'organizations.lang',
        ])
        .where('memberships.user_id', '=', user.id)
        .orderBy('memberships.created_at')
        .orderBy('memberships.id')
        .executeTakeFirst();
      if (!membership) throw new ApiError(401, 'bad-credentials');
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(db, previous);
      const now = deps.now();
      const session = await db.transaction().execute(async (trx) => {
        const created = await createSession(trx, user.id, membership.organization_id, now);
        await new Scoped(trx, membership.organization_id, () => now).audit({
          actorId: user.id,
          action: 'auth.login',
          entity: 'member',
          entityId: membership.id,
        });
        return created;
      });
      deps.setSessionCookie(reply, session.token);
      return {
        user: { id: user.id, email: user.email, name: user.name, uiLang: user.ui_lang },
        organization: {
          id: membership.organization_id,
          slug: membership.slug,
          name: membership.name,
          lang: membership.lang,
        },
        role: membership.role,
        unitId: membership.unit_id,
        csrfToken: session.csrfToken,
        mustChangePassword: user.must_change_password === 1,
      };
    },
  );

  app.post('/api/auth/logout', { schema: { body: NoBody } }, async (request, reply) => {
    const auth = authOf(request);
    await auth.scoped.transaction(async (tx) => {
      await tx.deleteSession(auth.sessionId);
      await tx.audit({
        actorId: auth.user.id,
        action: 'auth.logout',
        entity: 'member',
        entityId: auth.membershipId,
      });
    });
    deps.clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get('/api/me', { schema: { response: { 200: SessionSchema } } }, async (request) =>
    sessionView(authOf(request)),
  );

  app.patch('/api/me', { schema: { body: MeBody, response: { 200: SessionSchema } } }, async (request) => {
    const auth = authOf(request);
    const before = { name: auth.user.name, uiLang: auth.user.uiLang };
    const after = { name: request.body.name ?? before.name, uiLang: request.body.uiLang ?? before.uiLang };
    await auth.scoped.transaction(async (tx) => {
      await tx
        .updateUsers()
        .set({ name: after.name, ui_lang: after.uiLang })
        .where('id', '=', auth.user.id)
        .execute();
      await tx.audit({
        actorId: auth.user.id,
        action: 'member.profile',
        entity: 'member',
        entityId: auth.membershipId,
        before,
        after,
      });
    });
    return sessionView({ ...auth, user: { ...auth.user, ...after } });
  });

  // The current password is the last thing between a borrowed session and the account: guessing it is
  // limited like sign-in, per account (every attempt counts, right or wrong).
  app.post(
    '/api/me/password',
    {
      schema: { body: PasswordBody, response: { 200: SessionSchema } },
      config: {
        rateLimit: {
          max: deps.loginAttempts,
          timeWindow: deps.loginWindowMs,
          hook: 'preHandler',
          keyGenerator: (request) => `password|${request.auth?.user.id ?? request.ip}`,
          errorResponseBuilder: () => new ApiError(429, 'rate-limited'),
        },
      },
    },
    async (request) => {
      const auth = authOf(request);
      try {
        await changeOwnPassword(
          db,
          {
            userId: auth.user.id,
            organizationId: auth.organization.id,
            membershipId: auth.membershipId,
            sessionId: auth.sessionId,
            currentPassword: request.body.currentPassword,
            newPassword: request.body.newPassword,
          },
          deps.now,
        );
      } catch (error) {
        if (!(error instanceof PasswordChangeError)) throw error;
        const lang = requestLang(request);
        if (error.code === 'wrong-password') {
          throw new ApiError(400, 'wrong-password', undefined, [
            { path: 'body.currentPassword', message: message(lang, 'wrong-password') },
          ]);
        }
        throw validation([{ path: 'body.newPassword', message: message(lang, 'password-unchanged') }]);
      }
      return sessionView({ ...auth, mustChangePassword: false });
    },
  );
}
