/**
 * The shapes of docs/api.md, as the web app reads them. Where the contract leaves a shape open
 * (`Member`, `VersionSummary`), only the fields the app needs are listed, and optional ones are marked.
 */
import type { AuditEntity, ClauseId, Lang, Role, ToneLabel, VersionStatus } from '../constants.js';

export interface Session {
  user: { id: string; email: string; name: string; uiLang: Lang };
  organization: { id: string; slug: string; name: string; lang: Lang };
  role: Role;
  csrfToken: string;
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
