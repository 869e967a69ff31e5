/**
 * The shapes of docs/api.md, as the web app reads them. Where the contract leaves a shape open
 * (`Member`, `VersionSummary`), only the fields the app needs are listed, and optional ones are marked.
 */
import type { AuditEntity, ClauseId, Lang, Role, ToneLabel, VersionStatus } from '../constants.js';

export interface Session {
  user: { id: string; email: string; name: string; uiLang: Lang };
  organization: { id: string; slug: string; name: string; lang: Lang };
  role: Role;
  /** The member's unit (null: none): a new initiative starts with it. */
  unitId: string | null;
  csrfToken: string;
  /** An administrator reset the password: the app asks for a new one before anything else. */
  mustChangePassword: boolean;
}

export interface DemoInfo {
  demo: boolean;
  accounts?: Array<{ email: string; role: Role }>;
  password?: string;
}

export interface SetupBody {
  organization: { name: string; slug?: string; lang: Lang };
  admin: { email: string; name: string; password: string };
}

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId?: string | null;
}

export interface CharterSummary {
  id: string;
  slug: string;
  title: string;
  langs: Lang[];
  published: { versionId: string; number: number; publishedAt: string } | null;
  latest: { versionId: string; number: number; status: VersionStatus } | null;
}

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  createdAt?: string;
  submittedAt?: string | null;
  publishedAt?: string | null;
}

export interface Charter {
  id: string;
  slug: string;
  title: string;
  langs: Lang[];
  versions: VersionSummary[];
}

export interface VersionDocument {
  source: string;
  updatedAt: string;
  updatedBy: string | null;
  score: number | null;
  balance: number | null;
  coverage: number | null;
}

export interface ReviewComment {
  by: string;
  at: string;
  comment: string;
  kind: 'approve' | 'changes';
}

export interface Version {
  id: string;
  charterId: string;
  number: number;
  status: VersionStatus;
  documents: Partial<Record<Lang, VersionDocument>>;
  behind: Lang[];
  approval: { by: string; at: string; comment: string } | null;
  reviewComments: ReviewComment[];
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export interface DiffSentence {
  index: number;
  text: string;
  label: ToneLabel;
  line: number;
  column: number;
  section: string | null;
}

export type SentenceChange =
  | { kind: 'added'; new: DiffSentence }
  | { kind: 'removed'; old: DiffSentence }
  | { kind: 'changed'; old: DiffSentence; new: DiffSentence; similarity: number }
  | { kind: 'moved'; old: DiffSentence; new: DiffSentence }
  | { kind: 'relabeled'; old: DiffSentence; new: DiffSentence };

export interface Delta {
  old: number | null;
  new: number | null;
  delta: number | null;
}

export interface CharterDiff {
  summary: {
    added: number;
    removed: number;
    changed: number;
    moved: number;
    labelChanges: number;
    unchanged: number;
  };
  changes: SentenceChange[];
  labelChanges: Array<{
    from: ToneLabel;
    to: ToneLabel;
    old: DiffSentence;
    new: DiffSentence;
    textChanged: boolean;
  }>;
  balance: Delta;
  sections: Array<Delta & { title: string | null; inOld: boolean; inNew: boolean }>;
  coverage: { gained: ClauseId[]; lost: ClauseId[] };
  score: Delta;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
}

// Valoriser (docs/api.md, "Valoriser")

export type InitiativeStatus = 'proposed' | 'approved' | 'changes_requested' | 'declined';
export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = [
  'proposed',
  'approved',
  'changes_requested',
  'declined',
];

export interface Organization {
  id: string;
  slug: string;
  name: string;
  lang: Lang;
  values: string[];
}

export interface Unit {
  id: string;
  name: string;
}

export interface InitiativeBody {
  title: string;
  description: string;
  platforms: string[];
  /** null: no account (in an edit, removes the one given before). */
  accountUrl?: string | null;
  unitId?: string | null;
  audience: string;
  values: string[];
  studentsAppear: boolean;
  consent?: { obtained: boolean; note?: string };
  publicOk: boolean;
}

/** An initiative's image (see the image contract): WebP, metadata stripped by the server. */
export interface InitiativeImage {
  url: string;
  thumbUrl: string;
  /** The proposer's description of the image, read to those who cannot see it. */
  alt: string;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
}

export interface Initiative {
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
  approvedAt: string | null;
  image: InitiativeImage | null;
}

export type ReviewKind = 'message' | 'approve' | 'request_changes' | 'decline';

export interface InitiativeDetail extends Initiative {
  messages?: Array<{ id: string; kind: ReviewKind; text: string; by: string; byId: string; at: string }>;
  reviews?: Array<{ id: string; kind: ReviewKind; text: string; by: string; byId: string; at: string }>;
  kudos: Array<{ by: string; byId: string; message: string | null; at: string }>;
  myKudos: { message: string | null } | null;
  clauses: Array<{ clause: ClauseId; present: boolean; charterId: string }>;
}

export type NotificationKind = 'kudos' | 'review' | 'message' | 'resubmitted' | 'idea-answer';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  actor: string | null;
  initiativeId: string | null;
  ideaId: string | null;
  text: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Notifications {
  unread: number;
  notifications: AppNotification[];
}

export interface Highlight {
  kind: 'approved' | 'showcased' | 'kudos';
  at: string;
  initiativeId: string;
  title: string;
  by: string | null;
  message: string | null;
  /** The initiative's image (its thumbnail is shown beside the highlight). */
  image: InitiativeImage | null;
}

type Figures = { proposed: number; approved: number; showcased: number };

export interface Recognition {
  from: string | null;
  to: string | null;
  byUnit: Array<Figures & { month: string; unitId: string | null; unit: string | null }>;
  byValue: Array<Figures & { month: string; value: string }>;
  kudos: Array<{ month: string; count: number }>;
  ideasAdopted: Array<{ month: string; count: number }>;
}

export type IdeaStatus = 'open' | 'under_study' | 'adopted' | 'not_retained' | 'done';
export const IDEA_STATUSES: readonly IdeaStatus[] = [
  'open',
  'under_study',
  'adopted',
  'not_retained',
  'done',
];

export interface Idea {
  id: string;
  title: string;
  body: string;
  status: IdeaStatus;
  author: { id: string; name: string } | null;
  votes: { up: number; down: number; score: number };
  myVote: -1 | 0 | 1;
  commentCount: number;
  answer: { text: string; by: string | null; at: string } | null;
  createdAt: string;
}

export interface IdeaDetail extends Idea {
  comments: Array<{ id: string; text: string; by: string | null; byId: string | null; at: string }>;
}
