import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { domainOf, foreignTableUses, migrationTables, tablesNamedIn } from './sql-ownership';
import { TABLE_OWNERS } from './table-owners';

const root = join(__dirname, '..', '..', '..', '..', '..');

describe('each domain owns its tables', () => {
  const uses = foreignTableUses(root);

  it('no SQL outside a table’s owner names the table', () => {
    const report = uses.map(
      (u) => `${u.file}:${u.line} names table ${u.table}, owned by ${u.owner} — read it through @scenematch/server-data (src/lib/${u.owner}/)`,
    );
    expect(report).toEqual([]);
  });

  it('every table the migrations create has an owning domain with a library', () => {
    const owners = TABLE_OWNERS as Record<string, string>;
    expect(migrationTables(root).filter((t) => !owners[t])).toEqual([]);
    const domains = [...new Set(Object.values(owners))];
    expect(domains.filter((d) => !existsSync(join(root, 'libs/server', d)))).toEqual([]);
  });

  it('reads the SQL it is meant to catch', () => {
    const source = [
      '// rows FROM scenarios in a comment do not count',
      'db.query(`SELECT s.id FROM scenarios s JOIN "public"."organisations" o ON o.id = s.organisation_id`);',
      "db.query('UPDATE ONLY users SET name = $1');",
      "@Entity('products')",
      'const english = "Only applications from organisations";',
      'db.query(`SELECT scenarios_count, count(*) FROM scenario_batches_view, applications_of(1)`);',
    ].join('\n');
    expect(tablesNamedIn(source)).toEqual([
      { table: 'scenarios', line: 2 },
      { table: 'organisations', line: 2 },
      { table: 'users', line: 3 },
      { table: 'products', line: 4 },
    ]);
    expect(domainOf('libs/server/stats/src/lib/stats.service.ts')).toBe('stats');
    expect(domainOf('libs/server/data/src/lib/scenarios/scenario-readers.ts')).toBe('scenarios');
    expect(domainOf('apps/worker/src/main.ts')).toBe('worker');
  });
});
