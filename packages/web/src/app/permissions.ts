/** What each role may do (docs/api.md, "Roles"), so the UI offers only what the server will accept. */
import type { Role, VersionStatus } from '../constants.js';

export type Ability =
  | 'readDrafts'
  | 'createCharter'
  | 'editDraft'
  | 'submit'
  | 'review'
  | 'publish'
  | 'manageMembers'
  | 'readAudit'
  | 'readAllInitiatives'
  | 'curateInitiatives';

const ABILITIES: Record<Role, readonly Ability[]> = {
  admin: [
    'readDrafts',
    'createCharter',
    'editDraft',
    'submit',
    'review',
    'publish',
    'manageMembers',
    'readAudit',
    'readAllInitiatives',
    'curateInitiatives',
  ],
  // Curating initiatives (review, showcase, answer ideas, recognition figures) is admin and communications.
  communications: [
    'readDrafts',
    'createCharter',
    'editDraft',
    'submit',
    'readAllInitiatives',
    'curateInitiatives',
  ],
  reviewer: ['readDrafts', 'review', 'readAllInitiatives'],
  staff: [],
};

export function can(role: Role, ability: Ability): boolean {
  return ABILITIES[role].includes(ability);
}

export type VersionAction = 'edit' | 'submit' | 'approve' | 'requestChanges' | 'publish' | 'archive';

/** The workflow actions a role has on a version in its current state. */
export function versionActions(
  role: Role,
  version: { status: VersionStatus; approval: unknown | null },
): VersionAction[] {
  const out: VersionAction[] = [];
  const { status } = version;
  // Editing an in-review version sends it back to draft (the server says so); still allowed.
  if ((status === 'draft' || status === 'in_review') && can(role, 'editDraft')) out.push('edit');
  if (status === 'draft' && can(role, 'submit')) out.push('submit');
  if (status === 'in_review' && can(role, 'review')) out.push('approve', 'requestChanges');
  if (status === 'in_review' && version.approval && can(role, 'publish')) out.push('publish');
  if (status === 'published' && can(role, 'publish')) out.push('archive');
  return out;
}

/** Whether the text of a version can be changed at all, by anyone allowed to edit. */
export function isEditable(status: VersionStatus): boolean {
  return status === 'draft' || status === 'in_review';
}
