import { expect, it } from 'vitest';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import { loadReferenceMunicipalities } from '../../src/server/modules/network';
import { seedDemo } from '../../src/server/seed/seed-demo';
import { createTestDatabase } from '../support/test-database';
import { sql } from 'drizzle-orm';

it('seeds the demo with two collaborations', async () => {
  const database = await createTestDatabase();
  await loadReferenceMunicipalities(database.db);
  await seedDemo(database.db, { clock: systemClock });
  const rows = await database.db.execute(sql`select name from collaborations order by name`);
  console.log('COLLABS', JSON.stringify(rows.rows));
  expect(rows.rows).toHaveLength(2);
  await database.drop();
}, 900_000);
