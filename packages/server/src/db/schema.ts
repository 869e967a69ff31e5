/**
 * The database's tables as Kysely sees them. One schema for SQLite and PostgreSQL: ids are text
 * (UUID v4), times are ISO 8601 text (UTC, so they sort as text), JSON is text, booleans are 0/1.
 */
import type { Generated } from 'kysely';

export type Lang = 'fr' | 'en';
export type Role = 'admin' | 'communications' | 'reviewer' | 'staff';
export type VersionStatus = 'draft' | 'in_review' | 'published' | 'archived';
export type ReviewKind = 'approve' | 'changes';
export type AuditEntity =
  | 'charter'
  | 'version'
  | 'member'
  | 'unit'
  | 'organization'
  | 'initiative'
  | 'idea'
  | 'notification';
export type InitiativeStatus = 'proposed' | 'approved' | 'changes_requested' | 'declined';
/** A message in an initiative's thread, or a review step (its decision). */
export type InitiativeMessageKind = 'message' | 'approve' | 'request_changes' | 'decline';
export type IdeaStatus = 'open' | 'under_study' | 'adopted' | 'not_retained' | 'done';
export type NotificationKind = 'kudos' | 'review' | 'message' | 'resubmitted' | 'idea-answer';

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  lang: Lang;
  created_at: string;
  /** JSON array of the organization's values (Valoriser). */
  values_json: string;
}

export interface UnitsTable {
  id: string;
  organization_id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  /** Always lower-cased and trimmed. */
  email: string;
  name: string;
  password_hash: string;
  ui_lang: Lang;
  created_at: string;
  /** 1 once an administrator has reset the password: the member is asked to choose their own. */
  must_change_password: Generated<number>;
}

export interface MembershipsTable {
  id: string;
  organization_id: string;
  user_id: string;
  role: Role;
  unit_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token: a leaked table does not give sessions away. */
  id: string;
  user_id: string;
  organization_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session. */
  expires_at: string;
}

export interface ChartersTable {
  id: string;
  organization_id: string;
  slug: string;
  title: string;
  /** JSON array of Lang. */
  langs: string;
  created_by: string | null;
  created_at: string;
}

export interface CharterVersionsTable {
  id: string;
  organization_id: string;
  charter_id: string;
  number: number;
  status: VersionStatus;
  created_by: string | null;
  created_at: string;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  approval_comment: string | null;
  published_by: string | null;
  published_at: string | null;
  archived_at: string | null;
}

export interface VersionDocumentsTable {
  id: string;
  organization_id: string;
  version_id: string;
  lang: Lang;
  source: string;
  /** The analyzer's Report, JSON. */
  report: string;
  score: number;
  /** Balance score 0–100, null when neither voice is present. */
  balance: number | null;
  coverage_present: number;
  /** 1 when another language was edited since this one caught up. */
  behind: number;
  updated_at: string;
  updated_by: string | null;
}

export interface ReviewCommentsTable {
  id: string;
  organization_id: string;
  version_id: string;
  author_id: string | null;
  kind: ReviewKind;
  comment: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  organization_id: string;
  actor_id: string | null;
  action: string;
  entity: AuditEntity;
  entity_id: string;
  /** JSON or null. */
  before: string | null;
  after: string | null;
  at: string;
}

/** Instance-wide flags (`initialized`, `demo`): a primary key makes first-run setup race-free. */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface InitiativesTable {
  id: string;
  organization_id: string;
  proposer_id: string | null;
  title: string;
  description: string;
  /** JSON array of strings. */
  platforms: string;
  account_url: string | null;
  unit_id: string | null;
  audience: string;
  /** JSON array of the organization's values this initiative carries. */
  value_list: string;
  students_appear: number;
  consent_obtained: number | null;
  consent_note: string | null;
  /** The proposer agrees to the public showcase. */
  public_ok: number;
  status: InitiativeStatus;
  /** Communications put it in the public gallery. */
  showcased: number;
  showcased_at: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InitiativeMessagesTable {
  id: string;
  organization_id: string;
  initiative_id: string;
  author_id: string | null;
  kind: InitiativeMessageKind;
  text: string;
  created_at: string;
}

/** An initiative's image: WebP bytes, re-encoded from the upload without any metadata. */
export interface InitiativeImagesTable {
  initiative_id: string;
  organization_id: string;
  /** The proposer's description of the image (1–300 characters). */
  alt: string;
  width: number;
  height: number;
  /** The full image (fits 1600×1600). Lists never select it. */
  data: Buffer;
  thumb_width: number;
  thumb_height: number;
  /** The thumbnail (fits 640×640). */
  thumb_data: Buffer;
  /** The first 16 hex digits of the SHA-256 of `data`: the URLs' version and the ETag. */
  hash: string;
  created_at: string;
  updated_at: string;
}

export interface KudosTable {
  id: string;
  organization_id: string;
  initiative_id: string;
  user_id: string;
  message: string | null;
  created_at: string;
  updated_at: string;
}

export interface NotificationsTable {
  id: string;
  organization_id: string;
  user_id: string;
  kind: NotificationKind;
  actor_id: string | null;
  initiative_id: string | null;
  idea_id: string | null;
  text: string | null;
  created_at: string;
  read_at: string | null;
}

export interface IdeasTable {
  id: string;
  organization_id: string;
  author_id: string | null;
  title: string;
  body: string;
  status: IdeaStatus;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  created_at: string;
}

export interface IdeaVotesTable {
  id: string;
  organization_id: string;
  idea_id: string;
  user_id: string;
  value: number;
  created_at: string;
}

export interface IdeaCommentsTable {
  id: string;
  organization_id: string;
  idea_id: string;
  author_id: string | null;
  text: string;
  created_at: string;
}

export interface Database {
  organizations: OrganizationsTable;
  units: UnitsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  charters: ChartersTable;
  charter_versions: CharterVersionsTable;
  version_documents: VersionDocumentsTable;
  review_comments: ReviewCommentsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  initiatives: InitiativesTable;
  initiative_messages: InitiativeMessagesTable;
  initiative_images: InitiativeImagesTable;
  kudos: KudosTable;
  notifications: NotificationsTable;
  ideas: IdeasTable;
  idea_votes: IdeaVotesTable;
  idea_comments: IdeaCommentsTable;
}

/** Tables whose rows belong to one organization: only reachable through `Scoped`. */
export type OrgTable =
  | 'units'
  | 'memberships'
  | 'charters'
  | 'charter_versions'
  | 'version_documents'
  | 'review_comments'
  | 'audit_log'
  | 'initiatives'
  | 'initiative_messages'
  | 'initiative_images'
  | 'kudos'
  | 'notifications'
  | 'ideas'
  | 'idea_votes'
  | 'idea_comments';
