/**
 * The organization itself, its members and units, and its audit log.
 */
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import { organizationValues } from '../domain/initiatives.js';
import {
  createMember,
  createUnit,
  deleteMember,
  deleteUnit,
  listAudit,
  listMembers,
  listUnits,
  updateMember,
  updateUnit,
} from '../domain/members.js';
import { resetMemberPassword } from '../domain/passwords.js';
import { notFound } from '../http/errors.js';
import {
  AuditEntrySchema,
  EmailSchema,
  EntitySchema,
  IdParams,
  IdSchema,
  LangSchema,
  MemberSchema,
  OrganizationSchema,
  PasswordSchema,
  RoleSchema,
  UnitSchema,
} from '../http/schemas.js';
import { actorOf, authOf, type ZodApp } from '../http/types.js';

const Name = z.string().trim().min(1).max(200);
const UnitBody = z.strictObject({ name: Name });
const MemberBody = z.strictObject({
  email: EmailSchema,
  name: Name,
  role: RoleSchema,
  password: PasswordSchema,
  unitId: IdSchema.nullable().optional(),
});
const MemberPatch = z.strictObject({ role: RoleSchema.optional(), unitId: IdSchema.nullable().optional() });
const MemberPasswordBody = z.strictObject({ newPassword: PasswordSchema });
const OrganizationValues = z
  .array(z.string().trim().min(2).max(60))
  .min(1)
  .max(20)
  .refine((values) => new Set(values.map((v) => v.toLowerCase())).size === values.length, 'Duplicate value');
const OrganizationPatch = z.strictObject({
  name: Name.optional(),
  lang: LangSchema.optional(),
  values: OrganizationValues.optional(),
});

function organizationView(org: {
  id: string;
  slug: string;
  name: string;
  lang: 'fr' | 'en';
  created_at: string;
  values_json: string;
}) {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    lang: org.lang,
    createdAt: org.created_at,
    values: organizationValues(org.values_json),
  };
}
const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime().optional(),
  entity: EntitySchema.optional(),
});

export function organizationRoutes(app: ZodApp): void {
  app.get('/api/organization', { schema: { response: { 200: OrganizationSchema } } }, async (request) => {
    const auth = authOf(request);
    const org = await auth.scoped.organization();
    if (!org) throw notFound();
    return organizationView(org);
  });

  app.patch(
    '/api/organization',
    { schema: { body: OrganizationPatch, response: { 200: OrganizationSchema } } },
    async (request) => {
      const auth = authOf(request);
      const org = await auth.scoped.transaction(async (tx) => {
        const before = await tx.organization();
        if (!before) throw notFound();
        const after = {
          name: request.body.name ?? before.name,
          lang: request.body.lang ?? before.lang,
          values_json: request.body.values ? JSON.stringify(request.body.values) : before.values_json,
        };
        await tx.updateOrganization(after);
        const audited = (o: typeof after) => ({
          name: o.name,
          lang: o.lang,
          values: organizationValues(o.values_json),
        });
        await tx.audit({
          actorId: auth.user.id,
          action: 'organization.update',
          entity: 'organization',
          entityId: before.id,
          before: audited(before),
          after: audited(after),
        });
        return { ...before, ...after };
      });
      return organizationView(org);
    },
  );

  app.get('/api/members', { schema: { response: { 200: z.array(MemberSchema) } } }, async (request) =>
    listMembers(authOf(request).scoped),
  );

  app.post(
    '/api/members',
    { schema: { body: MemberBody, response: { 201: MemberSchema } } },
    async (request, reply) => {
      const auth = authOf(request);
      const { password, ...rest } = request.body;
      const passwordHash = await hashPassword(password);
      const member = await createMember(auth.scoped, actorOf(request), {
        ...rest,
        passwordHash,
        uiLang: auth.organization.lang,
      });
      return reply.code(201).send(member);
    },
  );

  app.patch(
    '/api/members/:id',
    { schema: { params: IdParams, body: MemberPatch, response: { 200: MemberSchema } } },
    async (request) =>
      updateMember(authOf(request).scoped, actorOf(request), request.params.id, request.body),
  );

  app.delete('/api/members/:id', { schema: { params: IdParams } }, async (request, reply) => {
    await deleteMember(authOf(request).scoped, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.post(
    '/api/members/:id/password',
    { schema: { params: IdParams, body: MemberPasswordBody } },
    async (request, reply) => {
      await resetMemberPassword(
        authOf(request).scoped,
        actorOf(request),
        request.params.id,
        request.body.newPassword,
      );
      return reply.code(204).send();
    },
  );

  app.get('/api/units', { schema: { response: { 200: z.array(UnitSchema) } } }, async (request) =>
    listUnits(authOf(request).scoped),
  );

  app.post(
    '/api/units',
    { schema: { body: UnitBody, response: { 201: UnitSchema } } },
    async (request, reply) => {
      const unit = await createUnit(authOf(request).scoped, actorOf(request), request.body.name);
      return reply.code(201).send(unit);
    },
  );

  app.patch(
    '/api/units/:id',
    { schema: { params: IdParams, body: UnitBody, response: { 200: UnitSchema } } },
    async (request) =>
      updateUnit(authOf(request).scoped, actorOf(request), request.params.id, request.body.name),
  );

  app.delete('/api/units/:id', { schema: { params: IdParams } }, async (request, reply) => {
    await deleteUnit(authOf(request).scoped, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.get(
    '/api/audit',
    {
      schema: {
        querystring: AuditQuery,
        response: { 200: z.object({ entries: z.array(AuditEntrySchema) }) },
      },
    },
    async (request) => ({ entries: await listAudit(authOf(request).scoped, request.query) }),
  );
}
