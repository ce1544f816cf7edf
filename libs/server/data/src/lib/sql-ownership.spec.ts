import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countUses, domainOf, foreignTableUses, migrationTables, tablesNamedIn } from './sql-ownership';
import { TABLE_OWNERS } from './table-owners';

const root = join(__dirname, '..', '..', '..', '..', '..');
/**
 * The uses that were there when the check came and are still being moved behind their owners'
 * readers and relations, per file and table. The list may only shrink: a new use fails, and a
 * list that holds more than the code fails until `SQL_OWNERSHIP_UPDATE=1` writes the smaller one.
 */
const PENDING = join(__dirname, 'sql-ownership.pending.json');

describe('each domain owns its tables', () => {
  const uses = foreignTableUses(root);
  const pending: Record<string, Record<string, number>> = existsSync(PENDING)
    ? JSON.parse(readFileSync(PENDING, 'utf8'))
    : {};

  it('no SQL outside a table’s owner names the table (beyond the shrinking pending list)', () => {
    const counts = countUses(uses);
    const fresh = uses.filter((u) => (counts[u.file][u.table] ?? 0) > (pending[u.file]?.[u.table] ?? 0));
    const report = fresh.map(
      (u) => `${u.file}:${u.line} names table ${u.table}, owned by ${u.owner} — read it through @scenematch/server-data (src/lib/${u.owner}/)`,
    );
    expect(report).toEqual([]);
  });

  it('the pending list holds no more than the code still has', () => {
    const counts = countUses(uses);
    const shrunk: Record<string, Record<string, number>> = {};
    const stale: string[] = [];
    for (const [file, tables] of Object.entries(pending)) {
      for (const [table, listed] of Object.entries(tables)) {
        const now = Math.min(counts[file]?.[table] ?? 0, listed);
        if (now < listed) stale.push(`${file}: ${table} listed ${listed}, now ${now}`);
        if (now > 0) (shrunk[file] ??= {})[table] = now;
      }
    }
    if (stale.length && process.env['SQL_OWNERSHIP_UPDATE'] === '1') {
      writeFileSync(PENDING, `${JSON.stringify(shrunk, null, 2)}\n`);
      return;
    }
    expect(stale).toEqual([]);
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
