import { describe, expect, it } from 'vitest';
import { changedFields } from './audit-diff.js';

describe('audit entry changes', () => {
  it('lists the fields whose value differs, added or removed', () => {
    expect(
      changedFields(
        { role: 'reviewer', name: 'Ana', tags: ['a'], old: 1 },
        { role: 'admin', name: 'Ana', tags: ['a', 'b'], added: true },
      ),
    ).toEqual(['added', 'old', 'role', 'tags']);
  });

  it('lists nothing for a creation or a deletion (one side empty)', () => {
    expect(changedFields(null, { id: 1 })).toEqual([]);
    expect(changedFields({ id: 1 }, null)).toEqual([]);
    expect(changedFields({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
