import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ContractAllowance, contractViolations, describeViolations, sqlStatements } from './migration-contract';
import { MIGRATIONS } from './migrations';
import allowlist from './migrations/contract-allowlist.json';

const DIR = join(__dirname, 'migrations');
const FILES = readdirSync(DIR).filter((f) => /^\d+-.+\.ts$/.test(f));
const fileOf = (m: MigrationInterface) => {
  const timestamp = /(\d{13})$/.exec(m.name ?? m.constructor.name)?.[1];
  return join('libs/server/database/src/lib/migrations', FILES.find((f) => timestamp && f.startsWith(`${timestamp}-`)) ?? `${m.name}.ts`);
};

/** A migration made of the given `up` statements, as a release might add one. */
function sample(name: string, ...statements: string[]): MigrationInterface {
  return {
    name,
    async up(q: QueryRunner) {
      for (const sql of statements) await q.query(sql);
    },
    async down() {
      /* not needed */
    },
  };
}

describe('migrations expand only (expand/contract for rolling upgrades)', () => {
  it('every shipped migration is additive, or its contract step is listed with a reason', async () => {
    const migrations = MIGRATIONS.map((M) => new M());
    const { violations, unusedAllowances } = await contractViolations(migrations, allowlist as ContractAllowance[], fileOf);
    expect(describeViolations(violations)).toBe('');
    // An allowance that no longer matches anything is stale: remove it.
    expect(unusedAllowances).toEqual([]);
    for (const entry of allowlist as ContractAllowance[]) expect(entry.reason.length).toBeGreaterThan(20);
  });
});

describe('the contract check on a new migration', () => {
  const FILE = 'libs/server/database/src/lib/migrations/1766050000000-sample.ts';
  const check = (migration: MigrationInterface, allow: ContractAllowance[] = []) => contractViolations([migration], allow, () => FILE);

  it('refuses a migration that drops a column, naming the file and the statement', async () => {
    const migration = sample('Sample1766050000000', `ALTER TABLE products ADD COLUMN summary text`, `ALTER TABLE products DROP COLUMN description`);
    const { violations } = await check(migration);
    expect(violations).toHaveLength(1);
    expect(describeViolations(violations)).toBe(
      `${FILE}: "ALTER TABLE products DROP COLUMN description" is a contract step (drop-column: the previous release still reads and writes it). ` +
        `Expand only in this release (add, never drop, rename or retype); contract in a later release and list the statement with its reason in contract-allowlist.json.`,
    );
  });

  it('accepts it once listed with its reason, for that migration only', async () => {
    const allow = [{ migration: 'Sample1766050000000', statement: 'drop column   DESCRIPTION', reason: 'release 2 stopped reading description (contract step)' }];
    const migration = sample('Sample1766050000000', `ALTER TABLE products DROP COLUMN description`);
    expect((await check(migration, allow)).violations).toEqual([]);
    const other = sample('Other1766050000001', `ALTER TABLE products DROP COLUMN description`);
    const result = await check(other, allow);
    expect(result.violations).toHaveLength(1);
    expect(result.unusedAllowances).toEqual(allow);
  });

  it.each([
    ['drop-table', `DROP TABLE match_results`],
    ['drop-table', `drop view if exists scenario_stats`],
    ['rename', `ALTER TABLE scenarios RENAME COLUMN title TO name`],
    ['rename', `ALTER TABLE scenarios RENAME TO demand_scenarios`],
    ['change-type', `ALTER TABLE scenarios ALTER COLUMN budget_min TYPE bigint`],
    ['change-type', `ALTER TABLE scenarios ALTER COLUMN budget_min SET DATA TYPE bigint`],
    ['set-not-null', `ALTER TABLE scenarios ALTER COLUMN site SET NOT NULL`],
    ['add-required-column', `ALTER TABLE products ADD COLUMN sku text NOT NULL`],
    ['add-required-column', `ALTER TABLE products ADD COLUMN note text, ADD COLUMN sku text NOT NULL`],
  ])('refuses %s: %s', async (rule, sql) => {
    const { violations } = await check(sample('Sample1766050000000', sql));
    expect(violations.map((v) => v.rule)).toEqual([rule]);
  });

  it.each([
    `CREATE TABLE product_tags (id uuid PRIMARY KEY, name text NOT NULL)`,
    `ALTER TABLE products ADD COLUMN sku text`,
    `ALTER TABLE products ADD COLUMN archived boolean NOT NULL DEFAULT false, ADD COLUMN tags text[] NOT NULL DEFAULT '{}'`,
    `ALTER TABLE products ADD CONSTRAINT products_sku_chk CHECK (sku IS NOT NULL OR status = 'draft') NOT VALID`,
    `ALTER TABLE applications ALTER COLUMN quote DROP NOT NULL`,
    `CREATE INDEX CONCURRENTLY products_sku_idx ON products (sku)`,
    `DROP INDEX notifications_user_idx`,
    `CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'never DROP TABLE audit_log'; END $$`,
    `-- DROP TABLE products is for the contract release\nALTER TABLE products ADD COLUMN sku text`,
    `INSERT INTO audit_log (action) VALUES ('ALTER TABLE x RENAME TO y')`,
  ])('accepts an expand step: %s', async (sql) => {
    expect((await check(sample('Sample1766050000000', sql))).violations).toEqual([]);
  });

  it('splits statements and blanks literals and function bodies', () => {
    expect(sqlStatements(`SELECT 'a;b'; /* c; */ SELECT $x$ d; $x$; SELECT 'it''s'`)).toEqual([`SELECT ''`, `SELECT $$ $$`, `SELECT ''`]);
  });
});
