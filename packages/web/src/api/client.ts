/**
 * The HTTP API client (docs/api.md): `fetch` with the session cookie (same origin), the CSRF token on
 * every mutation, the UI language in `Accept-Language` (so errors come back in it), and every failure
 * turned into an `ApiError` whose message is the server's, already localized.
 */
import type { AuditEntity, Lang, Role } from '../constants.js';
import { imageFormData } from '../initiatives/image.js';
import type {
  AuditEntry,
  Charter,
  CharterDiff,
  CharterSummary,
  DemoInfo,
  Highlight,
  Idea,
  IdeaDetail,
  IdeaStatus,
  Initiative,
  InitiativeBody,
  InitiativeDetail,
  InitiativeStatus,
  Member,
  Notifications,
  Organization,
  Recognition,
  Session,
  SetupBody,
  Unit,
  Version,
} from './types.js';

export interface Issue {
  path: string;
  message: string;
}

/** `status` 0 and code `network` when the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Issue[];
  /** Why a 409 `conflict` happened (`error.reason`), when the server says. */
  readonly reason: string | undefined;

  constructor(status: number, code: string, message: string, issues: Issue[] = [], reason?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.reason = reason;
  }
}

/**
 * Field → message for a form, from `issues[].path` (`body.admin.email` → `admin.email` with the default
 * prefix). Issues outside the prefix are left out; the first message per field wins.
 */
export function fieldErrors(error: unknown, prefix = 'body.'): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const field = issue.path.slice(prefix.length);
    out[field] ??= issue.message;
  }
  return out;
}

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A period of the recognition figures: YYYY-MM-DD dates, both included. */
export interface RecognitionPeriod {
  from?: string;
  to?: string;
}

function recognitionQuery(period: RecognitionPeriod): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The CSV download of the recognition figures over a period (a plain link: the browser downloads it). */
export function recognitionCsvUrl(period: RecognitionPeriod = {}): string {
  return `/api/recognition.csv${recognitionQuery(period)}`;
}

export interface ApiClientOptions {
  /** Prefix for every path; '' (same origin) in the app, a test server's URL in tests. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** The UI language, sent as `Accept-Language`. */
  lang?: () => Lang;
  /** Called when a request other than the session check finds no valid session. */
  onUnauthenticated?: () => void;
}

async function parseError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      error?: { code?: unknown; message?: unknown; issues?: unknown; reason?: unknown };
    };
    const error = body?.error;
    if (error && typeof error.code === 'string') {
      const issues = Array.isArray(error.issues)
        ? error.issues
            .filter((i): i is Issue => typeof i?.path === 'string' && typeof i?.message === 'string')
            .map((i) => ({ path: i.path, message: i.message }))
        : [];
      return new ApiError(
        response.status,
        error.code,
        typeof error.message === 'string' ? error.message : '',
        issues,
        typeof error.reason === 'string' ? error.reason : undefined,
      );
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to a generic error the UI words itself.
  }
  return new ApiError(response.status, 'http', '');
}

export class ApiClient {
  csrfToken: string | null = null;
  private readonly options: ApiClientOptions;

  constructor(options: ApiClientOptions = {}) {
    this.options = options;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const lang = this.options.lang?.();
    if (lang) headers['accept-language'] = lang;
    // A FormData body goes as is: fetch writes its multipart content type, boundary included.
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (MUTATIONS.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(`${this.options.baseUrl ?? ''}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : '');
    }
    if (!response.ok) {
      const error = await parseError(response);
      if (error.status === 401 && path !== '/api/me') this.options.onUnauthenticated?.();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private remember(session: Session): Session {
    this.csrfToken = session.csrfToken;
    return session;
  }

  // Setup, demo, session
  setupNeeded(): Promise<{ needed: boolean }> {
    return this.request('GET', '/api/setup');
  }
  async setup(body: SetupBody): Promise<Session> {
    return this.remember(await this.request<Session>('POST', '/api/setup', body));
  }
  demo(): Promise<DemoInfo> {
    return this.request('GET', '/api/demo');
  }
  async login(email: string, password: string): Promise<Session> {
    return this.remember(await this.request<Session>('POST', '/api/auth/login', { email, password }));
  }
  async logout(): Promise<void> {
    await this.request<void>('POST', '/api/auth/logout');
    this.csrfToken = null;
  }
  async me(): Promise<Session> {
    return this.remember(await this.request<Session>('GET', '/api/me'));
  }
  async updateMe(body: { uiLang?: Lang; name?: string }): Promise<Session> {
    return this.remember(await this.request<Session>('PATCH', '/api/me', body));
  }
  /** The member's own change; the other sessions of the account end, this one stays. */
  async changePassword(currentPassword: string, newPassword: string): Promise<Session> {
    return this.remember(
      await this.request<Session>('POST', '/api/me/password', { currentPassword, newPassword }),
    );
  }

  // Members
  members(): Promise<Member[]> {
    return this.request('GET', '/api/members');
  }
  addMember(body: { email: string; name: string; role: Role; password: string }): Promise<Member> {
    return this.request('POST', '/api/members', body);
  }
  updateMember(id: string, body: { role?: Role; unitId?: string | null }): Promise<Member> {
    return this.request('PATCH', `/api/members/${encodeURIComponent(id)}`, body);
  }
  removeMember(id: string): Promise<void> {
    return this.request('DELETE', `/api/members/${encodeURIComponent(id)}`);
  }
  /** A temporary password the member must replace at their next sign-in (409 member-elsewhere). */
  resetMemberPassword(id: string, newPassword: string): Promise<void> {
    return this.request('POST', `/api/members/${encodeURIComponent(id)}/password`, { newPassword });
  }

  // Charters and versions
  charters(): Promise<CharterSummary[]> {
    return this.request('GET', '/api/charters');
  }
  createCharter(body: { title: string; slug?: string; langs: Lang[] }): Promise<Charter> {
    return this.request('POST', '/api/charters', body);
  }
  charter(id: string): Promise<Charter> {
    return this.request('GET', `/api/charters/${encodeURIComponent(id)}`);
  }
  newVersion(charterId: string): Promise<Version> {
    return this.request('POST', `/api/charters/${encodeURIComponent(charterId)}/versions`);
  }
  version(id: string): Promise<Version> {
    return this.request('GET', `/api/versions/${encodeURIComponent(id)}`);
  }
  saveDocument(versionId: string, lang: Lang, source: string): Promise<Version> {
    return this.request('PUT', `/api/versions/${encodeURIComponent(versionId)}/documents/${lang}`, {
      source,
    });
  }
  submit(versionId: string): Promise<Version> {
    return this.request('POST', `/api/versions/${encodeURIComponent(versionId)}/submit`);
  }
  approve(versionId: string, comment: string): Promise<Version> {
    return this.request('POST', `/api/versions/${encodeURIComponent(versionId)}/approve`, { comment });
  }
  requestChanges(versionId: string, comment: string): Promise<Version> {
    return this.request('POST', `/api/versions/${encodeURIComponent(versionId)}/request-changes`, {
      comment,
    });
  }
  publish(versionId: string): Promise<Version> {
    return this.request('POST', `/api/versions/${encodeURIComponent(versionId)}/publish`);
  }
  archive(versionId: string): Promise<Version> {
    return this.request('POST', `/api/versions/${encodeURIComponent(versionId)}/archive`);
  }
  diff(versionId: string, otherId: string, lang: Lang): Promise<CharterDiff> {
    return this.request(
      'GET',
      `/api/versions/${encodeURIComponent(versionId)}/diff/${encodeURIComponent(otherId)}?lang=${lang}`,
    );
  }

  // Organization and units
  organization(): Promise<Organization> {
    return this.request('GET', '/api/organization');
  }
  updateOrganization(body: { values?: string[] }): Promise<Organization> {
    return this.request('PATCH', '/api/organization', body);
  }
  units(): Promise<Unit[]> {
    return this.request('GET', '/api/units');
  }
  createUnit(name: string): Promise<Unit> {
    return this.request('POST', '/api/units', { name });
  }
  renameUnit(id: string, name: string): Promise<Unit> {
    return this.request('PATCH', `/api/units/${encodeURIComponent(id)}`, { name });
  }
  deleteUnit(id: string): Promise<void> {
    return this.request('DELETE', `/api/units/${encodeURIComponent(id)}`);
  }

  // Valoriser: initiatives, kudos, notifications, highlights, recognition
  initiatives(query: { status?: InitiativeStatus; mine?: boolean } = {}): Promise<Initiative[]> {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.mine) params.set('mine', '1');
    const qs = params.toString();
    return this.request('GET', `/api/initiatives${qs ? `?${qs}` : ''}`);
  }
  proposeInitiative(body: InitiativeBody): Promise<InitiativeDetail> {
    return this.request('POST', '/api/initiatives', body);
  }
  initiative(id: string): Promise<InitiativeDetail> {
    return this.request('GET', `/api/initiatives/${encodeURIComponent(id)}`);
  }
  /** The proposer's edit (while proposed or changes requested); it goes back to `proposed`. */
  updateInitiative(id: string, body: Partial<InitiativeBody>): Promise<InitiativeDetail> {
    return this.request('PATCH', `/api/initiatives/${encodeURIComponent(id)}`, body);
  }
  /** Adds or replaces the image: multipart `alt` then `file` (see imageFormData). */
  uploadInitiativeImage(id: string, file: Blob, alt: string): Promise<InitiativeDetail> {
    return this.request('PUT', `/api/initiatives/${encodeURIComponent(id)}/image`, imageFormData(file, alt));
  }
  updateInitiativeImageAlt(id: string, alt: string): Promise<InitiativeDetail> {
    return this.request('PATCH', `/api/initiatives/${encodeURIComponent(id)}/image`, { alt: alt.trim() });
  }
  deleteInitiativeImage(id: string): Promise<InitiativeDetail> {
    return this.request('DELETE', `/api/initiatives/${encodeURIComponent(id)}/image`);
  }
  reviewInitiative(
    id: string,
    decision: 'approve' | 'request_changes' | 'decline',
    message: string,
  ): Promise<InitiativeDetail> {
    return this.request('POST', `/api/initiatives/${encodeURIComponent(id)}/review`, { decision, message });
  }
  postInitiativeMessage(id: string, text: string): Promise<InitiativeDetail> {
    return this.request('POST', `/api/initiatives/${encodeURIComponent(id)}/messages`, { text });
  }
  showcase(id: string, showcased: boolean): Promise<InitiativeDetail> {
    return this.request('POST', `/api/initiatives/${encodeURIComponent(id)}/showcase`, { showcased });
  }
  giveKudos(id: string, message?: string): Promise<InitiativeDetail> {
    return this.request(
      'POST',
      `/api/initiatives/${encodeURIComponent(id)}/kudos`,
      message ? { message } : {},
    );
  }
  notifications(): Promise<Notifications> {
    return this.request('GET', '/api/notifications');
  }
  markRead(ids: string[]): Promise<Notifications> {
    return this.request('POST', '/api/notifications/read', { ids });
  }
  highlights(): Promise<Highlight[]> {
    return this.request('GET', '/api/highlights');
  }
  /** The figures over a period (calendar dates, both included; an end left out is open). */
  recognition(period: RecognitionPeriod = {}): Promise<Recognition> {
    return this.request('GET', `/api/recognition${recognitionQuery(period)}`);
  }

  // Ideas box
  ideas(status?: IdeaStatus): Promise<Idea[]> {
    return this.request('GET', `/api/ideas${status ? `?status=${status}` : ''}`);
  }
  idea(id: string): Promise<IdeaDetail> {
    return this.request('GET', `/api/ideas/${encodeURIComponent(id)}`);
  }
  proposeIdea(body: { title: string; body: string }): Promise<IdeaDetail> {
    return this.request('POST', '/api/ideas', body);
  }
  vote(id: string, value: -1 | 0 | 1): Promise<IdeaDetail> {
    return this.request('PUT', `/api/ideas/${encodeURIComponent(id)}/vote`, { value });
  }
  commentIdea(id: string, text: string): Promise<IdeaDetail> {
    return this.request('POST', `/api/ideas/${encodeURIComponent(id)}/comments`, { text });
  }
  answerIdea(id: string, status: Exclude<IdeaStatus, 'open'>, answer: string): Promise<IdeaDetail> {
    return this.request('POST', `/api/ideas/${encodeURIComponent(id)}/answer`, { status, answer });
  }

  // Audit
  audit(query: {
    limit?: number;
    before?: string;
    entity?: AuditEntity;
  }): Promise<{ entries: AuditEntry[] }> {
    const params = new URLSearchParams();
    if (query.limit) params.set('limit', String(query.limit));
    if (query.before) params.set('before', query.before);
    if (query.entity) params.set('entity', query.entity);
    const qs = params.toString();
    return this.request('GET', `/api/audit${qs ? `?${qs}` : ''}`);
  }
}
