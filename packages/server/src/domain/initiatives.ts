/**
 * Valoriser: initiatives proposed by members, reviewed by communications (approve, request changes,
 * decline, each with a message), discussed in a thread, showcased in the public gallery, and thanked
 * with kudos that notify the proposer.
 */
import { randomUUID } from 'node:crypto';
import type { InitiativeMessageKind, InitiativeStatus, Lang, NotificationKind, Role } from '../db/schema.js';
import type { Scoped } from '../db/scoped.js';
import { conflict, forbidden, notFound, validation } from '../http/errors.js';
import type { Actor } from './charters.js';

/** Who sees every initiative of the organization (staff see their own, and approved ones by id). */
export const SEES_ALL: readonly Role[] = ['admin', 'communications', 'reviewer'];
/** Who reviews, showcases, and writes in any initiative's thread. */
export const CURATORS: readonly Role[] = ['admin', 'communications'];

export interface InitiativeInput {
  title: string;
  description: string;
  platforms: string[];
  accountUrl?: string | null;
  unitId?: string | null;
  audience: string;
  values: string[];
  studentsAppear: boolean;
  consent?: { obtained: boolean; note?: string } | null;
  publicOk: boolean;
}

export interface InitiativeSummary {
  id: string;
  title: string;
  description: string;
  platforms: string[];
  accountUrl: string | null;
  unitId: string | null;
  unit: string | null;
  audience: string;
  values: string[];
  studentsAppear: boolean;
  consent: { obtained: boolean; note: string | null } | null;
  publicOk: boolean;
  status: InitiativeStatus;
  showcased: boolean;
  public: boolean;
  proposer: { id: string; name: string } | null;
  kudosCount: number;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  showcasedAt: string | null;
  image: InitiativeImage | null;
}

/** An initiative's image as the API shows it: URLs carry the hash, so a new image is a new URL. */
export interface InitiativeImage {
  url: string;
  thumbUrl: string;
  alt: string;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
}

export interface ThreadEntry {
  id: string;
  kind: InitiativeMessageKind;
  text: string;
  by: string | null;
  byId: string | null;
  at: string;
}

export interface ClauseLink {
  clause: string;
  present: boolean;
  charterId: string;
}

export interface InitiativeView extends InitiativeSummary {
  messages: ThreadEntry[];
  reviews: ThreadEntry[];
  kudos: { by: string | null; byId: string; message: string | null; at: string }[];
  myKudos: { message: string | null } | null;
  clauses: ClauseLink[];
}

const json = (text: string): string[] => JSON.parse(text) as string[];

export function organizationValues(valuesJson: string): string[] {
  return json(valuesJson);
}

/** An image's description, sizes and hash, joined to its initiative: never its bytes. */
export const IMAGE_COLUMNS = [
  'initiative_images.alt as image_alt',
  'initiative_images.width as image_width',
  'initiative_images.height as image_height',
  'initiative_images.thumb_width as image_thumb_width',
  'initiative_images.thumb_height as image_thumb_height',
  'initiative_images.hash as image_hash',
] as const;

function baseQuery(s: Scoped) {
  return (
    s
      .selectFrom('initiatives')
      .leftJoin('users', 'users.id', 'initiatives.proposer_id')
      .leftJoin('units', 'units.id', 'initiatives.unit_id')
      // The image's description and sizes only: lists never load its bytes.
      .leftJoin('initiative_images', 'initiative_images.initiative_id', 'initiatives.id')
      .selectAll('initiatives')
      .select(['users.name as proposer_name', 'units.name as unit_name', ...IMAGE_COLUMNS])
  );
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export const isPublic = (r: { status: string; public_ok: number; showcased: number }) =>
  r.status === 'approved' && r.public_ok === 1 && r.showcased === 1;

type ImageColumns = Pick<
  Row,
  | 'id'
  | 'image_alt'
  | 'image_width'
  | 'image_height'
  | 'image_thumb_width'
  | 'image_thumb_height'
  | 'image_hash'
>;

function imageOf(r: ImageColumns): InitiativeImage | null {
  if (r.image_hash === null) return null;
  const base = `/api/initiatives/${encodeURIComponent(r.id)}/image`;
  return {
    url: `${base}?v=${r.image_hash}`,
    thumbUrl: `${base}?size=thumb&v=${r.image_hash}`,
    alt: r.image_alt ?? '',
    width: Number(r.image_width),
    height: Number(r.image_height),
    thumbWidth: Number(r.image_thumb_width),
    thumbHeight: Number(r.image_thumb_height),
  };
}

function summary(r: Row, kudosCount: number): InitiativeSummary {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    platforms: json(r.platforms),
    accountUrl: r.account_url,
    unitId: r.unit_id,
    unit: r.unit_name,
    audience: r.audience,
    values: json(r.value_list),
    studentsAppear: r.students_appear === 1,
    consent:
      r.consent_obtained === null ? null : { obtained: r.consent_obtained === 1, note: r.consent_note },
    publicOk: r.public_ok === 1,
    status: r.status,
    showcased: r.showcased === 1,
    public: isPublic(r),
    proposer: r.proposer_id ? { id: r.proposer_id, name: r.proposer_name ?? '' } : null,
    kudosCount,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    approvedAt: r.approved_at,
    showcasedAt: r.showcased ? r.showcased_at : null,
    image: imageOf(r),
  };
}

/** The state an audit row records (no free text beyond the title: the row stays small). */
const state = (r: Pick<Row, 'title' | 'status' | 'showcased' | 'public_ok' | 'value_list' | 'unit_id'>) => ({
  title: r.title,
  status: r.status,
  showcased: r.showcased === 1,
  publicOk: r.public_ok === 1,
  values: json(r.value_list),
  unitId: r.unit_id,
});

async function kudosCounts(s: Scoped, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await s
    .selectFrom('kudos')
    .select(['initiative_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('initiative_id', 'in', ids)
    .groupBy('initiative_id')
    .execute();
  return new Map(rows.map((r) => [r.initiative_id, Number(r.n)]));
}

async function findRow(s: Scoped, id: string): Promise<Row> {
  const row = await baseQuery(s).where('initiatives.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The row if the actor may see it: staff see their own and approved ones; others do not exist. */
export async function visibleRow(s: Scoped, actor: Actor, id: string): Promise<Row> {
  const row = await findRow(s, id);
  if (!SEES_ALL.includes(actor.role) && row.proposer_id !== actor.id && row.status !== 'approved')
    throw notFound();
  return row;
}

const valueMessage: Record<Lang, string> = {
  fr: 'Cette valeur ne fait pas partie des valeurs de l’organisation.',
  en: 'This value is not one of the organization’s values.',
};
const consentMessage: Record<Lang, string> = {
  fr: 'Des élèves apparaissent : indiquez si le consentement a été obtenu.',
  en: 'Students appear: say whether consent was obtained.',
};

async function assertValues(s: Scoped, values: string[], lang: Lang): Promise<void> {
  const org = await s.organization();
  const allowed = new Set(org ? organizationValues(org.values_json) : []);
  const issues = values.flatMap((v, i) =>
    allowed.has(v) ? [] : [{ path: `body.values.${i}`, message: valueMessage[lang] }],
  );
  if (issues.length > 0) throw validation(issues);
}

async function assertUnit(s: Scoped, unitId: string | null | undefined): Promise<void> {
  if (!unitId) return;
  const unit = await s.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound();
}

export async function notify(
  s: Scoped,
  input: {
    userId: string | null;
    actorId: string;
    kind: NotificationKind;
    initiativeId?: string;
    ideaId?: string;
    text?: string | null;
  },
): Promise<void> {
  // Nobody is told about their own action.
  if (!input.userId || input.userId === input.actorId) return;
  await s.insert('notifications', {
    id: randomUUID(),
    user_id: input.userId,
    kind: input.kind,
    actor_id: input.actorId,
    initiative_id: input.initiativeId ?? null,
    idea_id: input.ideaId ?? null,
    text: input.text ?? null,
    created_at: s.now().toISOString(),
    read_at: null,
  });
}

/** Who wrote in an initiative's thread (reviews and messages), but `except` and the proposer. */
async function threadCurators(s: Scoped, id: string, except: string): Promise<string[]> {
  const rows = await s
    .selectFrom('initiative_messages')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_messages.initiative_id')
    .select('initiative_messages.author_id')
    .distinct()
    .where('initiative_messages.initiative_id', '=', id)
    .where('initiative_messages.author_id', 'is not', null)
    .where('initiative_messages.author_id', '!=', except)
    .whereRef('initiative_messages.author_id', '!=', 'initiatives.proposer_id')
    .execute();
  return rows.flatMap((r) => (r.author_id ? [r.author_id] : [])).sort();
}

export async function listInitiatives(
  s: Scoped,
  actor: Actor,
  query: { status?: InitiativeStatus; mine?: boolean },
): Promise<InitiativeSummary[]> {
  let q = baseQuery(s);
  if (query.mine || !SEES_ALL.includes(actor.role)) q = q.where('initiatives.proposer_id', '=', actor.id);
  if (query.status) q = q.where('initiatives.status', '=', query.status);
  const rows = await q.orderBy('initiatives.created_at', 'desc').orderBy('initiatives.id').execute();
  const counts = await kudosCounts(
    s,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summary(r, counts.get(r.id) ?? 0));
}

/**
 * The charter clauses an initiative touches, read from the coverage stored with the organization's
 * published charters. Always `initiatives`, `respect` and `community-management`; `image-consent` and
 * `privacy` when students appear; `official-accounts` when an account is named.
 */
export function clausesFor(r: { students_appear: number; account_url: string | null }): string[] {
  const clauses = ['initiatives', 'respect', 'community-management'];
  if (r.students_appear === 1) clauses.push('image-consent', 'privacy');
  if (r.account_url) clauses.push('official-accounts');
  return clauses;
}

async function clauseLinks(s: Scoped, row: Row, lang: Lang): Promise<ClauseLink[]> {
  const wanted = clausesFor(row);
  const docs = await s
    .selectFrom('version_documents')
    .innerJoin('charter_versions', 'charter_versions.id', 'version_documents.version_id')
    .select(['charter_versions.charter_id', 'version_documents.lang', 'version_documents.report'])
    .where('charter_versions.status', '=', 'published')
    .orderBy('charter_versions.charter_id')
    .execute();
  // One document per charter: the organization's language when the charter has it.
  const byCharter = new Map<string, { lang: string; report: string }>();
  for (const d of docs) {
    const kept = byCharter.get(d.charter_id);
    if (!kept || (kept.lang !== lang && d.lang === lang)) byCharter.set(d.charter_id, d);
  }
  const links: ClauseLink[] = [];
  for (const [charterId, doc] of byCharter) {
    const report = JSON.parse(doc.report) as { review: { coverage: { clause: string; present: boolean }[] } };
    for (const clause of wanted) {
      const found = report.review.coverage.find((c) => c.clause === clause);
      links.push({ clause, present: found?.present ?? false, charterId });
    }
  }
  return links;
}

async function thread(s: Scoped, id: string) {
  const rows = await s
    .selectFrom('initiative_messages')
    .leftJoin('users', 'users.id', 'initiative_messages.author_id')
    .select([
      'initiative_messages.id',
      'initiative_messages.kind',
      'initiative_messages.text',
      'initiative_messages.author_id',
      'initiative_messages.created_at',
      'users.name',
    ])
    .where('initiative_messages.initiative_id', '=', id)
    .orderBy('initiative_messages.created_at')
    .orderBy('initiative_messages.id')
    .execute();
  return rows.map(
    (r): ThreadEntry => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      by: r.name,
      byId: r.author_id,
      at: r.created_at,
    }),
  );
}

export async function getInitiative(s: Scoped, actor: Actor, id: string): Promise<InitiativeView> {
  const row = await visibleRow(s, actor, id);
  const org = await s.organization();
  const kudos = await s
    .selectFrom('kudos')
    .leftJoin('users', 'users.id', 'kudos.user_id')
    .select(['kudos.user_id', 'kudos.message', 'kudos.updated_at', 'users.name'])
    .where('kudos.initiative_id', '=', id)
    .orderBy('kudos.updated_at', 'desc')
    .execute();
  // The thread is between the proposer and the curators: other staff see the approved result only.
  const involved = row.proposer_id === actor.id || SEES_ALL.includes(actor.role);
  const entries = involved ? await thread(s, id) : [];
  const mine = kudos.find((k) => k.user_id === actor.id);
  return {
    ...summary(row, kudos.length),
    messages: entries.filter((e) => e.kind === 'message'),
    reviews: entries.filter((e) => e.kind !== 'message'),
    kudos: kudos.map((k) => ({ by: k.name, byId: k.user_id, message: k.message, at: k.updated_at })),
    myKudos: mine ? { message: mine.message } : null,
    clauses: await clauseLinks(s, row, org?.lang ?? 'fr'),
  };
}

function columns(input: InitiativeInput) {
  return {
    title: input.title,
    description: input.description,
    platforms: JSON.stringify(input.platforms),
    account_url: input.accountUrl ?? null,
    unit_id: input.unitId ?? null,
    audience: input.audience,
    value_list: JSON.stringify(input.values),
    students_appear: input.studentsAppear ? 1 : 0,
    // Consent is recorded only while students appear: unticking it clears the answer given before.
    consent_obtained: input.studentsAppear && input.consent ? (input.consent.obtained ? 1 : 0) : null,
    consent_note: (input.studentsAppear && input.consent?.note) || null,
    public_ok: input.publicOk ? 1 : 0,
  };
}

function assertConsent(input: InitiativeInput, lang: Lang): void {
  if (input.studentsAppear && !input.consent)
    throw validation([{ path: 'body.consent', message: consentMessage[lang] }]);
}

export async function createInitiative(
  s: Scoped,
  actor: Actor,
  input: InitiativeInput,
  lang: Lang,
): Promise<InitiativeView> {
  const id = randomUUID();
  assertConsent(input, lang);
  await s.transaction(async (tx) => {
    await assertValues(tx, input.values, lang);
    await assertUnit(tx, input.unitId);
    const at = tx.now().toISOString();
    const values = columns(input);
    await tx.insert('initiatives', {
      id,
      proposer_id: actor.id,
      ...values,
      status: 'proposed',
      showcased: 0,
      showcased_at: null,
      approved_at: null,
      created_at: at,
      updated_at: at,
    });
    await tx.audit({
      actorId: actor.id,
      action: 'initiative.create',
      entity: 'initiative',
      entityId: id,
      after: state({ ...values, status: 'proposed', showcased: 0 }),
    });
  });
  return getInitiative(s, actor, id);
}

function inputOf(r: Row): InitiativeInput {
  return {
    title: r.title,
    description: r.description,
    platforms: json(r.platforms),
    accountUrl: r.account_url,
    unitId: r.unit_id,
    audience: r.audience,
    values: json(r.value_list),
    studentsAppear: r.students_appear === 1,
    consent:
      r.consent_obtained === null
        ? null
        : { obtained: r.consent_obtained === 1, ...(r.consent_note ? { note: r.consent_note } : {}) },
    publicOk: r.public_ok === 1,
  };
}

/** The proposer edits while proposed or changes_requested; the edit sends it back to proposed. */
export async function updateInitiative(
  s: Scoped,
  actor: Actor,
  id: string,
  patch: Partial<InitiativeInput>,
  lang: Lang,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    const before = await visibleRow(tx, actor, id);
    if (before.proposer_id !== actor.id) throw forbidden();
    if (before.status !== 'proposed' && before.status !== 'changes_requested')
      throw conflict('initiative-status');
    const merged: InitiativeInput = { ...inputOf(before) };
    for (const [key, value] of Object.entries(patch))
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    assertConsent(merged, lang);
    if (patch.values) await assertValues(tx, patch.values, lang);
    if (patch.unitId) await assertUnit(tx, patch.unitId);
    const values = columns(merged);
    await tx
      .updateTable('initiatives')
      .set({ ...values, status: 'proposed', updated_at: tx.now().toISOString() })
      .where('id', '=', id)
      .execute();
    // Back in the queue after changes were asked: whoever asked hears it.
    if (before.status === 'changes_requested')
      for (const userId of await threadCurators(tx, id, actor.id))
        await notify(tx, { userId, actorId: actor.id, kind: 'resubmitted', initiativeId: id });
    await tx.audit({
      actorId: actor.id,
      action: 'initiative.update',
      entity: 'initiative',
      entityId: id,
      before: state(before),
      after: state({ ...values, status: 'proposed', showcased: before.showcased }),
    });
  });
  return getInitiative(s, actor, id);
}

const DECISIONS = {
  approve: { status: 'approved', kind: 'approve' },
  request_changes: { status: 'changes_requested', kind: 'request_changes' },
  decline: { status: 'declined', kind: 'decline' },
} as const;
export type Decision = keyof typeof DECISIONS;

export async function reviewInitiative(
  s: Scoped,
  actor: Actor,
  id: string,
  decision: Decision,
  message: string,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    const before = await findRow(tx, id);
    if (before.status !== 'proposed') throw conflict('initiative-status');
    if (decision === 'approve' && before.students_appear === 1 && before.consent_obtained !== 1)
      throw conflict('consent-missing');
    const { status, kind } = DECISIONS[decision];
    const at = tx.now().toISOString();
    await tx
      .updateTable('initiatives')
      .set({ status, updated_at: at, ...(status === 'approved' ? { approved_at: at } : {}) })
      .where('id', '=', id)
      .execute();
    await tx.insert('initiative_messages', {
      id: randomUUID(),
      initiative_id: id,
      author_id: actor.id,
      kind,
      text: message,
      created_at: at,
    });
    await notify(tx, {
      userId: before.proposer_id,
      actorId: actor.id,
      kind: 'review',
      initiativeId: id,
      text: decision,
    });
    await tx.audit({
      actorId: actor.id,
      action: `initiative.${decision.replace('_', '-')}`,
      entity: 'initiative',
      entityId: id,
      before: state(before),
      after: { ...state({ ...before, status }), message },
    });
  });
  return getInitiative(s, actor, id);
}

export async function postMessage(
  s: Scoped,
  actor: Actor,
  id: string,
  text: string,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    const row = await visibleRow(tx, actor, id);
    if (row.proposer_id !== actor.id && !CURATORS.includes(actor.role)) throw forbidden();
    const messageId = randomUUID();
    await tx.insert('initiative_messages', {
      id: messageId,
      initiative_id: id,
      author_id: actor.id,
      kind: 'message',
      text,
      created_at: tx.now().toISOString(),
    });
    // A curator's message goes to the proposer; the proposer's answer, to the curators of the thread.
    const readers = row.proposer_id === actor.id ? await threadCurators(tx, id, actor.id) : [row.proposer_id];
    for (const userId of readers)
      await notify(tx, { userId, actorId: actor.id, kind: 'message', initiativeId: id });
    await tx.audit({
      actorId: actor.id,
      action: 'initiative.message',
      entity: 'initiative',
      entityId: id,
      after: { messageId, length: text.length },
    });
  });
  return getInitiative(s, actor, id);
}

export async function showcaseInitiative(
  s: Scoped,
  actor: Actor,
  id: string,
  showcased: boolean,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    const before = await findRow(tx, id);
    if (before.status !== 'approved') throw conflict('initiative-not-approved');
    const at = tx.now().toISOString();
    await tx
      .updateTable('initiatives')
      .set({ showcased: showcased ? 1 : 0, updated_at: at, ...(showcased ? { showcased_at: at } : {}) })
      .where('id', '=', id)
      .execute();
    await tx.audit({
      actorId: actor.id,
      action: 'initiative.showcase',
      entity: 'initiative',
      entityId: id,
      before: state(before),
      after: state({ ...before, showcased: showcased ? 1 : 0 }),
    });
  });
  return getInitiative(s, actor, id);
}

/** One kudos per member per initiative: a second replaces the message. */
export async function giveKudos(
  s: Scoped,
  actor: Actor,
  id: string,
  message: string | null,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    const row = await visibleRow(tx, actor, id);
    if (row.status !== 'approved') throw conflict('initiative-not-approved');
    const at = tx.now().toISOString();
    const existing = await tx
      .selectFrom('kudos')
      .selectAll()
      .where('initiative_id', '=', id)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (existing) {
      await tx.updateTable('kudos').set({ message, updated_at: at }).where('id', '=', existing.id).execute();
    } else {
      await tx.insert('kudos', {
        id: randomUUID(),
        initiative_id: id,
        user_id: actor.id,
        message,
        created_at: at,
        updated_at: at,
      });
    }
    await notify(tx, {
      userId: row.proposer_id,
      actorId: actor.id,
      kind: 'kudos',
      initiativeId: id,
      text: message,
    });
    await tx.audit({
      actorId: actor.id,
      action: 'initiative.kudos',
      entity: 'initiative',
      entityId: id,
      before: existing ? { message: existing.message } : null,
      after: { message },
    });
  });
  return getInitiative(s, actor, id);
}

// ---- notifications ----------------------------------------------------------------------------

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  actor: string | null;
  initiativeId: string | null;
  ideaId: string | null;
  text: string | null;
  createdAt: string;
  readAt: string | null;
}

export async function listNotifications(
  s: Scoped,
  userId: string,
): Promise<{ unread: number; notifications: NotificationView[] }> {
  const rows = await s
    .selectFrom('notifications')
    .leftJoin('users', 'users.id', 'notifications.actor_id')
    .selectAll('notifications')
    .select('users.name as actor_name')
    .where('notifications.user_id', '=', userId)
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(100)
    .execute();
  const unread = await s
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    unread: Number(unread.n),
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      actor: r.actor_name,
      initiativeId: r.initiative_id,
      ideaId: r.idea_id,
      text: r.text,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
  };
}

export async function markNotificationsRead(
  s: Scoped,
  userId: string,
  ids: string[],
): Promise<{ unread: number; notifications: NotificationView[] }> {
  await s.transaction(async (tx) => {
    const result = await tx
      .updateTable('notifications')
      .set({ read_at: tx.now().toISOString() })
      .where('user_id', '=', userId)
      .where('id', 'in', ids)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    await tx.audit({
      actorId: userId,
      action: 'notification.read',
      entity: 'notification',
      entityId: userId,
      after: { ids, marked: Number(result.numUpdatedRows) },
    });
  });
  return listNotifications(s, userId);
}

// ---- highlights -------------------------------------------------------------------------------

export interface Highlight {
  kind: 'approved' | 'showcased' | 'kudos';
  at: string;
  initiativeId: string;
  title: string;
  by: string | null;
  message: string | null;
  image: InitiativeImage | null;
}

/** « Mises en valeur »: recent approvals, showcases and kudos, newest first. */
export async function highlights(s: Scoped, limit = 50): Promise<Highlight[]> {
  const approvals = await s
    .selectFrom('initiatives')
    .select(['id', 'title', 'approved_at'])
    .where('status', '=', 'approved')
    .orderBy('approved_at', 'desc')
    .limit(limit)
    .execute();
  const showcases = await s
    .selectFrom('initiatives')
    .select(['id', 'title', 'showcased_at'])
    .where('status', '=', 'approved')
    .where('showcased', '=', 1)
    .orderBy('showcased_at', 'desc')
    .limit(limit)
    .execute();
  const kudos = await s
    .selectFrom('kudos')
    .innerJoin('initiatives', 'initiatives.id', 'kudos.initiative_id')
    .leftJoin('users', 'users.id', 'kudos.user_id')
    .select(['kudos.initiative_id', 'initiatives.title', 'kudos.updated_at', 'kudos.message', 'users.name'])
    .orderBy('kudos.updated_at', 'desc')
    .limit(limit)
    .execute();
  const all: Omit<Highlight, 'image'>[] = [
    ...approvals.map((r) => ({
      kind: 'approved' as const,
      at: r.approved_at ?? '',
      initiativeId: r.id,
      title: r.title,
      by: null,
      message: null,
    })),
    ...showcases.map((r) => ({
      kind: 'showcased' as const,
      at: r.showcased_at ?? '',
      initiativeId: r.id,
      title: r.title,
      by: null,
      message: null,
    })),
    ...kudos.map((r) => ({
      kind: 'kudos' as const,
      at: r.updated_at,
      initiativeId: r.initiative_id,
      title: r.title,
      by: r.name,
      message: r.message,
    })),
  ];
  const recent = all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
  const ids = [...new Set(recent.map((h) => h.initiativeId))];
  const images =
    ids.length === 0
      ? []
      : await s
          .selectFrom('initiative_images')
          .select([
            'initiative_id as id',
            'alt as image_alt',
            'width as image_width',
            'height as image_height',
            'thumb_width as image_thumb_width',
            'thumb_height as image_thumb_height',
            'hash as image_hash',
          ])
          .where('initiative_id', 'in', ids)
          .execute();
  const imageById = new Map(images.map((r) => [r.id, imageOf(r)]));
  return recent.map((h) => ({ ...h, image: imageById.get(h.initiativeId) ?? null }));
}
