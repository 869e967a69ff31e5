/**
 * The initiative form as plain data: what the fields hold, the body they send, the fields an existing
 * initiative prefills, and whether anything changed (for the unsaved-changes question).
 */
import type { Initiative, InitiativeBody, InitiativeStatus } from '../api/types.js';

export interface InitiativeForm {
  title: string;
  description: string;
  platforms: string[];
  accountUrl: string;
  /** '' for no unit. */
  unitId: string;
  audience: string;
  values: string[];
  studentsAppear: boolean;
  consentObtained: boolean;
  consentNote: string;
  publicOk: boolean;
}

export const EMPTY_FORM: InitiativeForm = {
  title: '',
  description: '',
  platforms: [],
  accountUrl: '',
  unitId: '',
  audience: '',
  values: [],
  studentsAppear: false,
  consentObtained: false,
  consentNote: '',
  publicOk: false,
};

export function formFromInitiative(item: Initiative): InitiativeForm {
  return {
    title: item.title,
    description: item.description,
    platforms: [...item.platforms],
    accountUrl: item.accountUrl ?? '',
    unitId: item.unitId ?? '',
    audience: item.audience,
    values: [...item.values],
    studentsAppear: item.studentsAppear,
    consentObtained: item.consent?.obtained ?? false,
    consentNote: item.consent?.note ?? '',
    publicOk: item.publicOk,
  };
}

/**
 * The body of POST (and PATCH) /api/initiatives. An emptied account address is sent as null so an
 * edit removes it; the consent answer only while students appear.
 */
export function bodyFromForm(form: InitiativeForm): InitiativeBody {
  const accountUrl = form.accountUrl.trim();
  const note = form.consentNote.trim();
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    platforms: form.platforms,
    accountUrl: accountUrl || null,
    unitId: form.unitId || null,
    audience: form.audience.trim(),
    values: form.values,
    studentsAppear: form.studentsAppear,
    ...(form.studentsAppear
      ? { consent: { obtained: form.consentObtained, ...(note ? { note } : {}) } }
      : {}),
    publicOk: form.publicOk,
  };
}

const sorted = (list: string[]) => [...list].sort();

/** Same content, whatever the order the boxes were ticked in. */
export function sameForm(a: InitiativeForm, b: InitiativeForm): boolean {
  const norm = (f: InitiativeForm) =>
    JSON.stringify({ ...f, platforms: sorted(f.platforms), values: sorted(f.values) });
  return norm(a) === norm(b);
}

/** Adds the item to the list, or takes it out. */
export function toggle(list: string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function isEditableStatus(status: InitiativeStatus): boolean {
  return status === 'proposed' || status === 'changes_requested';
}

/** The proposer may edit while the initiative is proposed or changes were requested. */
export function canEditInitiative(item: Pick<Initiative, 'status' | 'proposer'>, userId: string): boolean {
  return item.proposer?.id === userId && isEditableStatus(item.status);
}

/** The choices to offer: the organization's, plus any the initiative holds that it no longer lists. */
export function choices(offered: string[], chosen: string[]): string[] {
  return [...offered, ...chosen.filter((c) => !offered.includes(c))];
}

/** The latest request for changes in the reviews, to show above the initiative. */
export function lastChangeRequest<T extends { kind: string; at: string }>(
  reviews: T[] | undefined,
): T | null {
  const requests = (reviews ?? []).filter((r) => r.kind === 'request_changes');
  return requests.reduce<T | null>((last, r) => (last === null || r.at >= last.at ? r : last), null);
}
