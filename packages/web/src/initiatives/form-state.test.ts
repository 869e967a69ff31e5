import { describe, expect, it } from 'vitest';
import type { Initiative } from '../api/types.js';
import {
  bodyFromForm,
  canEditInitiative,
  choices,
  EMPTY_FORM,
  formFromInitiative,
  lastChangeRequest,
  sameForm,
  toggle,
} from './form-state.js';

const ITEM: Initiative = {
  id: 'i1',
  title: 'Club de lecture',
  description: 'Des coups de cœur.',
  platforms: ['Instagram', 'Mastodon'],
  accountUrl: 'https://example.org/club',
  unitId: 'u1',
  unit: 'École A',
  audience: 'Élèves',
  values: ['Bienveillance'],
  studentsAppear: true,
  consent: { obtained: true, note: 'Formulaires signés' },
  publicOk: true,
  status: 'changes_requested',
  showcased: false,
  public: false,
  proposer: { id: 'staff', name: 'Sam' },
  kudosCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  approvedAt: null,
  image: null,
};

describe('the initiative form', () => {
  it('prefills from an initiative and sends the same body back', () => {
    const form = formFromInitiative(ITEM);
    expect(bodyFromForm(form)).toEqual({
      title: 'Club de lecture',
      description: 'Des coups de cœur.',
      platforms: ['Instagram', 'Mastodon'],
      accountUrl: 'https://example.org/club',
      unitId: 'u1',
      audience: 'Élèves',
      values: ['Bienveillance'],
      studentsAppear: true,
      consent: { obtained: true, note: 'Formulaires signés' },
      publicOk: true,
    });
  });

  it('trims text, sends an emptied account as null (an edit removes it), no consent when no student appears', () => {
    const body = bodyFromForm({
      ...EMPTY_FORM,
      title: '  Titre ',
      accountUrl: '  ',
      consentObtained: true,
      consentNote: 'ignored',
    });
    expect(body.title).toBe('Titre');
    expect(body.unitId).toBeNull();
    expect(body.accountUrl).toBeNull();
    expect(body).not.toHaveProperty('consent');
    expect(bodyFromForm({ ...EMPTY_FORM, studentsAppear: true }).consent).toEqual({ obtained: false });
  });

  it('sees a change, but not the order boxes were ticked in', () => {
    const form = formFromInitiative(ITEM);
    expect(sameForm(form, formFromInitiative(ITEM))).toBe(true);
    expect(sameForm(form, { ...form, platforms: ['Mastodon', 'Instagram'] })).toBe(true);
    expect(sameForm(form, { ...form, title: 'Club de lecture!' })).toBe(false);
    expect(sameForm(form, { ...form, values: [] })).toBe(false);
    expect(sameForm(EMPTY_FORM, { ...EMPTY_FORM })).toBe(true);
  });

  it('toggles a choice and keeps choices the organization no longer offers', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(choices(['Facebook', 'Instagram'], ['Instagram', 'Mastodon'])).toEqual([
      'Facebook',
      'Instagram',
      'Mastodon',
    ]);
  });

  it('lets only the proposer edit, while proposed or changes requested', () => {
    expect(canEditInitiative(ITEM, 'staff')).toBe(true);
    expect(canEditInitiative({ ...ITEM, status: 'proposed' }, 'staff')).toBe(true);
    expect(canEditInitiative({ ...ITEM, status: 'approved' }, 'staff')).toBe(false);
    expect(canEditInitiative({ ...ITEM, status: 'declined' }, 'staff')).toBe(false);
    expect(canEditInitiative(ITEM, 'comms')).toBe(false);
    expect(canEditInitiative({ ...ITEM, proposer: null }, 'staff')).toBe(false);
  });

  it('finds the latest request for changes', () => {
    const reviews = [
      { kind: 'request_changes', text: 'first', at: '2026-01-02T00:00:00Z' },
      { kind: 'message', text: 'chat', at: '2026-01-05T00:00:00Z' },
      { kind: 'request_changes', text: 'second', at: '2026-01-04T00:00:00Z' },
    ];
    expect(lastChangeRequest(reviews)?.text).toBe('second');
    expect(lastChangeRequest([])).toBeNull();
    expect(lastChangeRequest(undefined)).toBeNull();
  });
});
