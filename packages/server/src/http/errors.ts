/**
 * API errors: one JSON shape for every failure, a message in the user's language, never a stack
 * trace (unexpected errors are logged with theirs and answered with a plain 500).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUniqueViolation } from '../db/connect.js';
import type { Lang } from '../db/schema.js';
import { type ConflictReason, type ErrorCode, langFromAcceptLanguage, message } from '../messages.js';

export interface Issue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly reason?: ConflictReason,
    readonly issues?: Issue[],
  ) {
    super(reason ?? code);
    this.name = 'ApiError';
  }
}

export const notFound = () => new ApiError(404, 'not-found');
export const forbidden = () => new ApiError(403, 'forbidden');
export const conflict = (reason: ConflictReason) => new ApiError(409, 'conflict', reason);
export const unauthenticated = () => new ApiError(401, 'unauthenticated');
export const validation = (issues: Issue[]) => new ApiError(400, 'validation', undefined, issues);

/** The language of a request's messages: the signed-in user's, else Accept-Language, else English. */
export function requestLang(request: FastifyRequest): Lang {
  return request.auth?.user.uiLang ?? langFromAcceptLanguage(request.headers['accept-language']) ?? 'en';
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; reason?: ConflictReason; issues?: Issue[] };
}

export function errorBody(lang: Lang, error: ApiError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: message(lang, error.reason ?? error.code),
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
}

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'params',
  headers: 'headers',
};

interface ZodIssueLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: { keys?: unknown };
}

/** Zod issues → `{ path: 'body.langs.1', message }`; an unknown key is reported at its own path. */
function validationIssues(error: FastifyError): Issue[] {
  const context = CONTEXT_NAMES[error.validationContext ?? 'body'] ?? String(error.validationContext);
  const issues: Issue[] = [];
  for (const raw of (error.validation ?? []) as unknown as ZodIssueLike[]) {
    const base = [context, ...raw.instancePath.split('/').filter((s) => s !== '')];
    const keys =
      raw.keyword === 'unrecognized_keys' && Array.isArray(raw.params?.keys) ? raw.params.keys : null;
    if (keys) {
      for (const key of keys)
        issues.push({ path: [...base, String(key)].join('.'), message: 'Unknown field' });
    } else {
      issues.push({ path: base.join('.'), message: raw.message ?? 'Invalid value' });
    }
  }
  return issues;
}

/** Maps anything thrown while handling a request to an ApiError (null: unexpected, a 500). */
export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (isUniqueViolation(error)) return conflict('concurrent-change');
  const e = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(e)) return validation(validationIssues(e));
  switch (e?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'bad-json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'too-large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported-media-type');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'bad-json');
  }
  // Fastify's own client errors that carry no code we know (malformed URL, bad JSON prototype…).
  if (e?.statusCode === 429) return new ApiError(429, 'rate-limited');
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.statusCode === 404) return notFound();
    if (e.statusCode === 403) return forbidden();
    if (e.statusCode === 413) return new ApiError(413, 'too-large');
    return validation([]);
  }
  return null;
}

/**
 * Answers an error. `lang` overrides the request's language (the app passes the session user's
 * language on routes where the auth hook did not run).
 */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  lang?: Lang,
): FastifyReply {
  const language = lang ?? requestLang(request);
  const apiError = toApiError(error);
  if (apiError === null) {
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .type('application/json')
      .send(errorBody(language, new ApiError(500, 'internal')));
  }
  if (apiError.statusCode === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '900');
  return reply.code(apiError.statusCode).type('application/json').send(errorBody(language, apiError));
}
