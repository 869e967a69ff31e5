/**
 * Demo data, for trying Charte out: on an empty database outside production, an organization with a
 * bilingual charter from the templates (one published version), one account per role, and the
 * Valoriser history of `demo-valoriser.ts` (values, units, initiatives, kudos, ideas).
 * Never in production: `seedDemo` refuses, whatever it is asked.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { Database, Role } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import { approveVersion, createCharter, publishVersion, submitVersion } from './charters.js';
import { seedDemoValoriser } from './demo-valoriser.js';
import { createOrganization, hasOrganization } from './organizations.js';

export const DEMO_PASSWORD = 'demo-charte-2026';
export const DEMO_ORGANIZATION = {
  slug: 'demo',
  name: 'Centre de services scolaire des Rivières',
  lang: 'fr' as const,
};
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.local', name: 'Administration (démo)', role: 'admin' },
  { email: 'comms@demo.local', name: 'Communications (démo)', role: 'communications' },
  { email: 'reviewer@demo.local', name: 'Révision (démo)', role: 'reviewer' },
  { email: 'staff@demo.local', name: 'Personnel (démo)', role: 'staff' },
];
export const DEMO_SETTING = 'demo';
export const INITIALIZED_SETTING = 'initialized';

/** Whether the demo data was seeded in this database. */
export async function isDemoSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', DEMO_SETTING)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Seeds the demo on an empty database. Returns false (and does nothing) in production or when an
 * organization exists already.
 */
export async function seedDemo(
  db: Kysely<Database>,
  env: string | undefined,
  now = new Date(),
): Promise<boolean> {
  if (env === 'production') return false;
  if (await hasOrganization(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created: Awaited<ReturnType<typeof createOrganization>>;
  try {
    created = await createOrganization(
      db,
      {
        ...DEMO_ORGANIZATION,
        accounts: DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, uiLang: 'fr' as const })),
      },
      { marker: INITIALIZED_SETTING, now },
    );
  } catch {
    // Another process seeded or set up the instance at the same moment.
    return false;
  }
  const scoped = new Scoped(db, created.organizationId, () => now);
  const [adminId, commsId, reviewerId, staffId] = created.userIds;
  const charter = await createCharter(
    scoped,
    { id: commsId, role: 'communications' },
    { title: 'Charte d’utilisation des médias sociaux', slug: 'charte-medias-sociaux', langs: ['fr', 'en'] },
    DEMO_ORGANIZATION.name,
  );
  const versionId = charter.versions[0].id;
  await submitVersion(scoped, { id: commsId, role: 'communications' }, versionId);
  await approveVersion(
    scoped,
    { id: reviewerId, role: 'reviewer' },
    versionId,
    'Approuvée pour la démonstration.',
  );
  await publishVersion(scoped, { id: adminId, role: 'admin' }, versionId);
  await seedDemoValoriser(
    db,
    created.organizationId,
    {
      admin: { id: adminId, role: 'admin' },
      comms: { id: commsId, role: 'communications' },
      reviewer: { id: reviewerId, role: 'reviewer' },
      staff: { id: staffId, role: 'staff' },
    },
    now,
  );
  await db.insertInto('settings').values({ key: DEMO_SETTING, value: now.toISOString() }).execute();
  return true;
}
