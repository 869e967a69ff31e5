import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../auth/permissions.js';
import type { AuthContext } from '../auth/sessions.js';
import type { Actor } from '../domain/charters.js';
import { unauthenticated } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member, set by the auth hook on every route that is not public. */
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The signed-in member of a request (the auth hook guarantees one on non-public routes). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = authOf(request);
  return { id: auth.user.id, role: auth.role };
}
