/**
 * Charters and their versions: the review workflow draft → in_review → published → archived.
 * Every function works through a Scoped (one organization) and writes its audit row in the same
 * transaction as the change. CPU work (analysis, diff) happens outside transactions.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type CharterDiff, diffReports, type Report, slugify } from '@charte/analyzer';
import type { CharterVersionsTable, Lang, Role, VersionDocumentsTable, VersionStatus } from '../db/schema.js';
import type { Scoped } from '../db/scoped.js';
import { conflict, notFound, validation } from '../http/errors.js';
import { analyzeForStorage } from './analysis.js';
import { templateSources } from './charter-markdown.js';

export interface Actor {
  id: string;
  role: Role;
}

/** A person as the API shows them: their display name (ids travel in the `…Id` fields beside). */
type Name = string | null;

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  approved: boolean;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
}

export interface CharterView {
  id: string;
  slug: string;
  title: string;
  langs: Lang[];
  createdAt: string;
  versions: VersionSummary[];
}

export interface CharterSummary {
  id: string;
  slug: string;
  title: string;
  langs: Lang[];
  published: { versionId: string; number: number; publishedAt: string } | null;
  latest: { versionId: string; number: number; status: VersionStatus } | null;
}

export interface DocumentView {
  source: string;
  updatedAt: string;
  updatedBy: Name;
  updatedById: string | null;
  score: number;
  balance: number | null;
  coverage: number;
}

export interface VersionView {
  id: string;
  charterId: string;
  number: number;
  status: VersionStatus;
  documents: Partial<Record<Lang, DocumentView>>;
  behind: Lang[];
  approval: { by: string; byId: string | null; at: string; comment: string } | null;
  reviewComments: {
    by: string;
    byId: string | null;
    at: string;
    comment: string;
    kind: 'approve' | 'changes';
  }[];
  createdAt: string;
  createdBy: Name;
  createdById: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  publishedBy: Name;
  publishedById: string | null;
  archivedAt: string | null;
}

export interface NewCharter {
  title: string;
  slug?: string;
  langs: Lang[];
  sources?: Partial<Record<Lang, string>>;
}

const LANG_ORDER: Lang[] = ['fr', 'en'];

function parseLangs(json: string): Lang[] {
  return JSON.parse(json) as Lang[];
}

function summaryOf(v: CharterVersionsTable): VersionSummary {
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    approved: v.approved_at !== null,
    createdAt: v.created_at,
    submittedAt: v.submitted_at,
    publishedAt: v.published_at,
    archivedAt: v.archived_at,
  };
}

/** What an audit row keeps of a version: its state, not its text. */
function versionState(v: CharterVersionsTable) {
  return {
    number: v.number,
    status: v.status,
    approvedBy: v.approved_by,
    approvalComment: v.approval_comment,
    publishedAt: v.published_at,
    archivedAt: v.archived_at,
  };
}

/** What an audit row keeps of a document: its numbers and a fingerprint of its text. */
function documentState(
  d: Pick<VersionDocumentsTable, 'lang' | 'source' | 'score' | 'balance' | 'coverage_present'>,
) {
  return {
    lang: d.lang,
    length: d.source.length,
    sha256: createHash('sha256').update(d.source).digest('hex'),
    score: d.score,
    balance: d.balance,
    coverage: d.coverage_present,
  };
}

async function people(s: Scoped, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const map = new Map<string, string>();
  if (wanted.length === 0) return map;
  const rows = await s.users().select(['id', 'name']).where('id', 'in', wanted).execute();
  for (const row of rows) map.set(row.id, row.name);
  return map;
}

const isoDate = (s: Scoped) => s.now().toISOString().slice(0, 10);

/** Charter slugs that public addresses use for something else (/c/<org>/initiatives/ is the gallery). */
export const RESERVED_SLUGS = ['initiatives'];

/** A slug derived from a title, made unique in the organization with -2, -3… */
async function freeSlug(s: Scoped, title: string): Promise<string> {
  const base = slugify(title).slice(0, 56).replace(/-+$/, '') || 'charte';
  const rows = await s.selectFrom('charters').select('slug').execute();
  const taken = new Set([...rows.map((r) => r.slug), ...RESERVED_SLUGS]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

// ---- charters ---------------------------------------------------------------------------------

export async function listCharters(s: Scoped, role: Role): Promise<CharterSummary[]> {
  const charters = await s.selectFrom('charters').selectAll().orderBy('created_at').orderBy('id').execute();
  const versions = await s
    .selectFrom('charter_versions')
    .select(['id', 'charter_id', 'number', 'status', 'published_at'])
    .orderBy('number', 'desc')
    .execute();
  const result: CharterSummary[] = [];
  for (const charter of charters) {
    const own = versions.filter((v) => v.charter_id === charter.id);
    const published = own.find((v) => v.status === 'published');
    if (role === 'staff' && !published) continue;
    const latest = own[0];
    result.push({
      id: charter.id,
      slug: charter.slug,
      title: charter.title,
      langs: parseLangs(charter.langs),
      published: published
        ? { versionId: published.id, number: published.number, publishedAt: published.published_at ?? '' }
        : null,
      latest:
        role === 'staff' || !latest
          ? null
          : { versionId: latest.id, number: latest.number, status: latest.status },
    });
  }
  return result;
}

export async function getCharter(s: Scoped, id: string, role: Role): Promise<CharterView> {
  const charter = await s.selectFrom('charters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!charter) throw notFound();
  let versions = await s
    .selectFrom('charter_versions')
    .selectAll()
    .where('charter_id', '=', id)
    .orderBy('number', 'desc')
    .execute();
  if (role === 'staff') {
    versions = versions.filter((v) => v.status === 'published');
    if (versions.length === 0) throw notFound();
  }
  return {
    id: charter.id,
    slug: charter.slug,
    title: charter.title,
    langs: parseLangs(charter.langs),
    createdAt: charter.created_at,
    versions: versions.map(summaryOf),
  };
}

export async function createCharter(
  s: Scoped,
  actor: Actor,
  input: NewCharter,
  organizationName: string,
): Promise<CharterView> {
  const langs = LANG_ORDER.filter((l) => input.langs.includes(l));
  const stray = Object.keys(input.sources ?? {}).filter((l) => !langs.includes(l as Lang));
  if (stray.length > 0) {
    throw validation(
      stray.map((l) => ({ path: `body.sources.${l}`, message: 'Not one of the charter’s languages' })),
    );
  }
  const missing = langs.filter((l) => input.sources?.[l] === undefined);
  const template = missing.length > 0 ? templateSources(missing, isoDate(s), organizationName) : null;
  const sources = Object.fromEntries(
    langs.map((l) => [l, input.sources?.[l] ?? template?.[l] ?? '']),
  ) as Record<Lang, string>;
  const analyses = Object.fromEntries(langs.map((l) => [l, analyzeForStorage(sources[l], l)]));
  const charterId = randomUUID();
  const versionId = randomUUID();
  await s.transaction(async (tx) => {
    let slug: string;
    if (input.slug) {
      const taken = await tx
        .selectFrom('charters')
        .select('id')
        .where('slug', '=', input.slug)
        .executeTakeFirst();
      if (taken || RESERVED_SLUGS.includes(input.slug)) throw conflict('slug-taken');
      slug = input.slug;
    } else {
      slug = await freeSlug(tx, input.title);
    }
    const at = tx.now().toISOString();
    await tx.insert('charters', {
      id: charterId,
      slug,
      title: input.title,
      langs: JSON.stringify(langs),
      created_by: actor.id,
      created_at: at,
    });
    await tx.insert('charter_versions', newVersionRow(versionId, charterId, 1, actor.id, at));
    await tx.insert(
      'version_documents',
      langs.map((lang) => ({
        id: randomUUID(),
        version_id: versionId,
        lang,
        source: sources[lang],
        report: analyses[lang].report,
        score: analyses[lang].score,
        balance: analyses[lang].balance,
        coverage_present: analyses[lang].coveragePresent,
        behind: 0,
        updated_at: at,
        updated_by: actor.id,
      })),
    );
    await tx.audit({
      actorId: actor.id,
      action: 'charter.create',
      entity: 'charter',
      entityId: charterId,
      after: { slug, title: input.title, langs, versionId },
    });
  });
  return getCharter(s, charterId, actor.role);
}

export async function updateCharter(
  s: Scoped,
  actor: Actor,
  id: string,
  input: { title?: string; slug?: string },
): Promise<CharterView> {
  await s.transaction(async (tx) => {
    const charter = await tx.selectFrom('charters').selectAll().where('id', '=', id).executeTakeFirst();
    if (!charter) throw notFound();
    if (input.slug && input.slug !== charter.slug) {
      const taken = await tx
        .selectFrom('charters')
        .select('id')
        .where('slug', '=', input.slug)
        .executeTakeFirst();
      if (taken || RESERVED_SLUGS.includes(input.slug)) throw conflict('slug-taken');
    }
    const next = { title: input.title ?? charter.title, slug: input.slug ?? charter.slug };
    await tx.updateTable('charters').set(next).where('id', '=', id).execute();
    await tx.audit({
      actorId: actor.id,
      action: 'charter.update',
      entity: 'charter',
      entityId: id,
      before: { title: charter.title, slug: charter.slug },
      after: next,
    });
  });
  return getCharter(s, id, actor.role);
}

// ---- versions ---------------------------------------------------------------------------------

function newVersionRow(id: string, charterId: string, number: number, actorId: string, at: string) {
  return {
    id,
    charter_id: charterId,
    number,
    status: 'draft' as const,
    created_by: actorId,
    created_at: at,
    submitted_at: null,
    approved_by: null,
    approved_at: null,
    approval_comment: null,
    published_by: null,
    published_at: null,
    archived_at: null,
  };
}

async function findVersion(s: Scoped, id: string): Promise<CharterVersionsTable> {
  const version = await s.selectFrom('charter_versions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!version) throw notFound();
  return version;
}

export async function getVersion(s: Scoped, id: string, role: Role): Promise<VersionView> {
  const version = await findVersion(s, id);
  // Staff see published charters only: a draft does not exist for them.
  if (role === 'staff' && version.status !== 'published') throw notFound();
  const [documents, comments] = await Promise.all([
    s
      .selectFrom('version_documents')
      .select([
        'lang',
        'source',
        'score',
        'balance',
        'coverage_present',
        'behind',
        'updated_at',
        'updated_by',
      ])
      .where('version_id', '=', id)
      .execute(),
    s
      .selectFrom('review_comments')
      .select(['author_id', 'kind', 'comment', 'created_at'])
      .where('version_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  const who = await people(s, [
    version.created_by,
    version.approved_by,
    version.published_by,
    ...documents.map((d) => d.updated_by),
    ...comments.map((c) => c.author_id),
  ]);
  const name = (id: string | null): Name => (id === null ? null : (who.get(id) ?? null));
  documents.sort((a, b) => LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang));
  return {
    id: version.id,
    charterId: version.charter_id,
    number: version.number,
    status: version.status,
    documents: Object.fromEntries(
      documents.map((d) => [
        d.lang,
        {
          source: d.source,
          updatedAt: d.updated_at,
          updatedBy: name(d.updated_by),
          updatedById: d.updated_by,
          score: d.score,
          balance: d.balance,
          coverage: d.coverage_present,
        },
      ]),
    ),
    behind: documents.filter((d) => d.behind === 1).map((d) => d.lang),
    approval:
      version.approved_at !== null
        ? {
            by: name(version.approved_by) ?? '',
            byId: version.approved_by,
            at: version.approved_at,
            comment: version.approval_comment ?? '',
          }
        : null,
    reviewComments: comments.map((c) => ({
      by: name(c.author_id) ?? '',
      byId: c.author_id,
      at: c.created_at,
      comment: c.comment,
      kind: c.kind,
    })),
    createdAt: version.created_at,
    createdBy: name(version.created_by),
    createdById: version.created_by,
    submittedAt: version.submitted_at,
    publishedAt: version.published_at,
    publishedBy: name(version.published_by),
    publishedById: version.published_by,
    archivedAt: version.archived_at,
  };
}

/** A new draft copied from the charter's latest version; 409 while one is being written or reviewed. */
export async function createVersion(s: Scoped, actor: Actor, charterId: string): Promise<VersionView> {
  const versionId = randomUUID();
  await s.transaction(async (tx) => {
    const charter = await tx
      .selectFrom('charters')
      .select('id')
      .where('id', '=', charterId)
      .executeTakeFirst();
    if (!charter) throw notFound();
    const versions = await tx
      .selectFrom('charter_versions')
      .select(['id', 'number', 'status'])
      .where('charter_id', '=', charterId)
      .orderBy('number', 'desc')
      .execute();
    if (versions.some((v) => v.status === 'draft' || v.status === 'in_review'))
      throw conflict('open-version-exists');
    const latest = versions[0];
    const at = tx.now().toISOString();
    const number = (latest?.number ?? 0) + 1;
    await tx.insert('charter_versions', newVersionRow(versionId, charterId, number, actor.id, at));
    if (latest) {
      const documents = await tx
        .selectFrom('version_documents')
        .selectAll()
        .where('version_id', '=', latest.id)
        .execute();
      await tx.insert(
        'version_documents',
        documents.map(({ organization_id: _, ...d }) => ({ ...d, id: randomUUID(), version_id: versionId })),
      );
    }
    await tx.audit({
      actorId: actor.id,
      action: 'version.create',
      entity: 'version',
      entityId: versionId,
      after: { charterId, number, status: 'draft', copiedFrom: latest?.id ?? null },
    });
  });
  return getVersion(s, versionId, actor.role);
}

/**
 * Saves one language of a draft or in-review version, with its analysis. An in-review version goes
 * back to draft and loses its approval. The saved language catches up; if it was not behind, the
 * other languages now are (they have not seen this edit).
 */
export async function saveDocument(
  s: Scoped,
  actor: Actor,
  versionId: string,
  lang: Lang,
  source: string,
): Promise<VersionView> {
  const version = await findVersion(s, versionId);
  const existing = await s
    .selectFrom('version_documents')
    .select(['source'])
    .where('version_id', '=', versionId)
    .where('lang', '=', lang)
    .executeTakeFirst();
  if (!existing) throw notFound();
  if (version.status === 'published' || version.status === 'archived') throw conflict('immutable');
  if (existing.source === source) return getVersion(s, versionId, actor.role);
  const analysis = analyzeForStorage(source, lang);
  await s.transaction(async (tx) => {
    // Read again inside the transaction: the state may have moved while the analysis ran.
    const current = await findVersion(tx, versionId);
    if (current.status === 'published' || current.status === 'archived') throw conflict('immutable');
    const documents = await tx
      .selectFrom('version_documents')
      .selectAll()
      .where('version_id', '=', versionId)
      .execute();
    const before = documents.find((d) => d.lang === lang);
    if (!before) throw notFound();
    const at = tx.now().toISOString();
    const next = {
      source,
      report: analysis.report,
      score: analysis.score,
      balance: analysis.balance,
      coverage_present: analysis.coveragePresent,
      behind: 0,
      updated_at: at,
      updated_by: actor.id,
    };
    await tx.updateTable('version_documents').set(next).where('id', '=', before.id).execute();
    if (before.behind === 0) {
      await tx
        .updateTable('version_documents')
        .set({ behind: 1 })
        .where('version_id', '=', versionId)
        .where('lang', '!=', lang)
        .execute();
    }
    let status = current.status;
    if (current.status === 'in_review') {
      status = 'draft';
      await tx
        .updateTable('charter_versions')
        .set({ status, submitted_at: null, approved_by: null, approved_at: null, approval_comment: null })
        .where('id', '=', versionId)
        .execute();
    }
    await tx.audit({
      actorId: actor.id,
      action: 'version.document.save',
      entity: 'version',
      entityId: versionId,
      before: {
        status: current.status,
        approved: current.approved_at !== null,
        document: documentState(before),
      },
      after: { status, approved: false, document: documentState({ ...next, lang }) },
    });
  });
  return getVersion(s, versionId, actor.role);
}

type Transition = (version: CharterVersionsTable, at: string) => Partial<CharterVersionsTable> | null;

/** One workflow step: check the state, change it, audit it, all in one transaction. */
async function transition(
  s: Scoped,
  actor: Actor,
  versionId: string,
  action: string,
  step: Transition,
  extra?: (tx: Scoped, version: CharterVersionsTable, at: string) => Promise<void>,
): Promise<VersionView> {
  await s.transaction(async (tx) => {
    const version = await findVersion(tx, versionId);
    const at = tx.now().toISOString();
    const change = step(version, at);
    if (change === null) throw conflict('invalid-status');
    if (extra) await extra(tx, version, at);
    await tx.updateTable('charter_versions').set(change).where('id', '=', versionId).execute();
    await tx.audit({
      actorId: actor.id,
      action,
      entity: 'version',
      entityId: versionId,
      before: versionState(version),
      after: versionState({ ...version, ...change }),
    });
  });
  return getVersion(s, versionId, actor.role);
}

function assertOpen(version: CharterVersionsTable): void {
  if (version.status === 'published' || version.status === 'archived') throw conflict('immutable');
}

export function submitVersion(s: Scoped, actor: Actor, id: string): Promise<VersionView> {
  return transition(s, actor, id, 'version.submit', (v, at) => {
    assertOpen(v);
    return v.status === 'draft' ? { status: 'in_review', submitted_at: at } : null;
  });
}

async function addComment(
  tx: Scoped,
  actor: Actor,
  versionId: string,
  kind: 'approve' | 'changes',
  comment: string,
  at: string,
) {
  await tx.insert('review_comments', {
    id: randomUUID(),
    version_id: versionId,
    author_id: actor.id,
    kind,
    comment,
    created_at: at,
  });
}

export function approveVersion(s: Scoped, actor: Actor, id: string, comment: string): Promise<VersionView> {
  return transition(
    s,
    actor,
    id,
    'version.approve',
    (v, at) => {
      assertOpen(v);
      return v.status === 'in_review'
        ? { approved_by: actor.id, approved_at: at, approval_comment: comment }
        : null;
    },
    (tx, v, at) => addComment(tx, actor, v.id, 'approve', comment, at),
  );
}

export function requestChanges(s: Scoped, actor: Actor, id: string, comment: string): Promise<VersionView> {
  return transition(
    s,
    actor,
    id,
    'version.request-changes',
    (v) => {
      assertOpen(v);
      return v.status === 'in_review'
        ? {
            status: 'draft',
            submitted_at: null,
            approved_by: null,
            approved_at: null,
            approval_comment: null,
          }
        : null;
    },
    (tx, v, at) => addComment(tx, actor, v.id, 'changes', comment, at),
  );
}

/** in_review and approved → published; the charter's previously published version is archived. */
export function publishVersion(s: Scoped, actor: Actor, id: string): Promise<VersionView> {
  return transition(
    s,
    actor,
    id,
    'version.publish',
    (v, at) => {
      assertOpen(v);
      if (v.status !== 'in_review') return null;
      if (v.approved_at === null) throw conflict('not-approved');
      return { status: 'published', published_by: actor.id, published_at: at };
    },
    async (tx, v, at) => {
      const previous = await tx
        .selectFrom('charter_versions')
        .selectAll()
        .where('charter_id', '=', v.charter_id)
        .where('status', '=', 'published')
        .execute();
      for (const old of previous) {
        await tx
          .updateTable('charter_versions')
          .set({ status: 'archived', archived_at: at })
          .where('id', '=', old.id)
          .execute();
        await tx.audit({
          actorId: actor.id,
          action: 'version.archive',
          entity: 'version',
          entityId: old.id,
          before: versionState(old),
          after: versionState({ ...old, status: 'archived', archived_at: at }),
        });
      }
    },
  );
}

export function archiveVersion(s: Scoped, actor: Actor, id: string): Promise<VersionView> {
  return transition(s, actor, id, 'version.archive', (v, at) =>
    v.status === 'archived' ? null : { status: 'archived', archived_at: at },
  );
}

/** The stored Report of one document, as the JSON text it was stored as. */
export async function getReportJson(s: Scoped, id: string, lang: Lang): Promise<string> {
  const row = await s
    .selectFrom('version_documents')
    .select('report')
    .where('version_id', '=', id)
    .where('lang', '=', lang)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row.report;
}

/** What changed from `otherId` (old) to `id` (new), in one language (the new version's first by default). */
export async function diffVersions(
  s: Scoped,
  id: string,
  otherId: string,
  lang?: Lang,
): Promise<CharterDiff> {
  const version = await findVersion(s, id);
  await findVersion(s, otherId);
  let chosen = lang;
  if (!chosen) {
    const charter = await s
      .selectFrom('charters')
      .select('langs')
      .where('id', '=', version.charter_id)
      .executeTakeFirst();
    chosen = charter ? parseLangs(charter.langs)[0] : 'fr';
  }
  const [newJson, oldJson] = await Promise.all([
    getReportJson(s, id, chosen),
    getReportJson(s, otherId, chosen),
  ]);
  return diffReports(JSON.parse(oldJson) as Report, JSON.parse(newJson) as Report);
}
