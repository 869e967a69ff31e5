import { describe, expect, it } from 'vitest';
import { can, isEditable, versionActions } from './permissions.js';

describe('permissions', () => {
  it('follows the role table of the API contract', () => {
    expect(can('admin', 'manageMembers')).toBe(true);
    expect(can('communications', 'manageMembers')).toBe(false);
    expect(can('communications', 'editDraft')).toBe(true);
    expect(can('reviewer', 'editDraft')).toBe(false);
    expect(can('reviewer', 'review')).toBe(true);
    expect(can('communications', 'review')).toBe(false);
    expect(can('staff', 'readDrafts')).toBe(false);
    expect(can('admin', 'publish')).toBe(true);
    expect(can('reviewer', 'publish')).toBe(false);
    expect(can('communications', 'curateInitiatives')).toBe(true);
    expect(can('reviewer', 'curateInitiatives')).toBe(false);
    expect(can('reviewer', 'readAllInitiatives')).toBe(true);
    expect(can('staff', 'readAllInitiatives')).toBe(false);
  });

  it('offers the workflow actions each role has in each state', () => {
    const draft = { status: 'draft' as const, approval: null };
    const review = { status: 'in_review' as const, approval: null };
    const approved = { status: 'in_review' as const, approval: { by: 'x' } };
    const published = { status: 'published' as const, approval: { by: 'x' } };
    expect(versionActions('communications', draft)).toEqual(['edit', 'submit']);
    expect(versionActions('reviewer', draft)).toEqual([]);
    expect(versionActions('reviewer', review)).toEqual(['approve', 'requestChanges']);
    expect(versionActions('communications', review)).toEqual(['edit']);
    expect(versionActions('admin', review)).toEqual(['edit', 'approve', 'requestChanges']);
    expect(versionActions('admin', approved)).toEqual(['edit', 'approve', 'requestChanges', 'publish']);
    expect(versionActions('admin', published)).toEqual(['archive']);
    expect(versionActions('staff', approved)).toEqual([]);
    expect(isEditable('published')).toBe(false);
    expect(isEditable('in_review')).toBe(true);
  });
});
