import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

describe('the test PostgreSQL server', () => {
  it('answers on the URL the global setup provides', async () => {
    const client = new pg.Client({ connectionString: inject('pgUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string }>('select version()');
      expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    } finally {
      await client.end();
    }
  });
});
