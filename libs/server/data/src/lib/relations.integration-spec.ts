import { createTestDatabase, type TestDatabase } from '@scenematch/server-testing';
import * as data from '../index';
import type { Relation } from './relation';

/** Every relation the data layer publishes runs against the migrated, seeded schema. */
describe('published relations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('relations');
  });
  afterAll(() => db?.drop());

  const isRelation = (value: unknown): value is Relation =>
    typeof value === 'object' && value !== null && 'sql' in value && 'columns' in value;
  const relations: Array<[string, Relation]> = Object.entries(data).flatMap(([name, value]): Array<[string, Relation]> =>
    isRelation(value) ? [[name, value]] : [],
  );

  it('are published', () => {
    expect(relations.map(([name]) => name)).toEqual(expect.arrayContaining(['SCENARIOS', 'ORGANISATIONS', 'USERS']));
  });

  it.each(relations)('%s names columns its table has, and reads the same rows as the table', async (_, r) => {
    const { rows } = await db.query<{ n: string; m: string }>(
      `SELECT (SELECT count(*) FROM ${r} x) AS n, (SELECT count(*) FROM ${r.table}) AS m`,
    );
    expect(rows[0].n).toBe(rows[0].m);
    const { rows: one } = await db.query(`SELECT * FROM ${r} x LIMIT 1`);
    if (one.length) expect(Object.keys(one[0])).toEqual([...r.columns]);
  });

  it('cost nothing: a join through a relation is planned like the join of the table', async () => {
    const plan = async (sql: string) =>
      (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`)).rows
        // the plain join's plan names the aliases, the relation's the tables: compare the rest
        .map((r) => r['QUERY PLAN'].replace(/ on (\w+) \w+$/, ' on $1').replace(/\b\w+\.(\w+)/g, '$1'))
        .join('\n');
    const query = (scenarios: string, organisations: string) =>
      `SELECT s.title, o.name FROM ${scenarios} s JOIN ${organisations} o ON o.id = s.agency_id WHERE s.status = 'published'`;
    const through = await plan(query(`${data.SCENARIOS}`, `${data.ORGANISATIONS}`));
    expect(through).not.toMatch(/Subquery Scan/);
    expect(through).toBe(await plan(query('scenarios', 'organisations')));
  });
});
