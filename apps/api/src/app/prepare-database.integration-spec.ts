import { queryRowsAt, TEST_SERVER_URL } from '@scenematch/server-testing';
import { randomBytes } from 'node:crypto';
import { ensureDatabase, MIGRATIONS, quoteIdent, runMigrations, withDatabase } from '@scenematch/server-database';

/**
 * Several API processes started at once on a new deployment (or after an upgrade) each create
 * the database and run the migrations at start: they must neither fail nor run a migration twice.
 */
describe('preparing the database from several processes at once', () => {
  const name = `scenematch_prepare_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(TEST_SERVER_URL, name);

  afterAll(async () => {
    await queryRowsAt(withDatabase(TEST_SERVER_URL, 'postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });

  it('creates the database once and applies each migration once, the others waiting for the advisory lock', async () => {
    const starts = await Promise.all(
      [1, 2, 3].map(async () => {
        const created = await ensureDatabase(url);
        return { created, applied: await runMigrations(url) };
      }),
    );
    expect(starts.filter((s) => s.created)).toHaveLength(1);
    // One process migrated everything; the others found nothing left to do.
    const applied = starts.map((s) => s.applied).sort((a, b) => b.length - a.length);
    expect(applied[0]).toEqual(MIGRATIONS.map((M) => M.name));
    expect(applied.slice(1)).toEqual([[], []]);
    const rows = await queryRowsAt<{ name: string; n: string }>(url, `SELECT name, count(*) AS n FROM migrations GROUP BY name`);
    expect(rows).toHaveLength(MIGRATIONS.length);
    expect(rows.every((r) => r.n === '1')).toBe(true);
  });
});
