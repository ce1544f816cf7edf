import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TABLE_OWNERS } from './table-owners';

/** One place where code outside a table's owner names the table in SQL. */
export interface ForeignTableUse {
  /** Path from the workspace root, with forward slashes. */
  file: string;
  line: number;
  table: string;
  owner: string;
  /** The domain of the file (`api` or `worker` for the applications). */
  domain: string;
}

const tables = Object.keys(TABLE_OWNERS).sort((a, b) => b.length - a.length);
/**
 * A table named after a SQL keyword that takes one (the codebase writes SQL keywords in capitals),
 * or in an entity decorator: `FROM scenarios`, `JOIN "public"."users"`, `@Entity('products')`.
 */
const TABLE_USE = new RegExp(
  String.raw`(?:\b(?:FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?|@Entity\(\s*['"\x60])(${tables.join('|')})\b`,
  'g',
);

const TEST_CODE = /(\.spec\.ts|-spec\.ts|\.bench\.ts)$|\/(testing|migrations)\//;

/** Blanks comments out, keeping line numbers. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (_, before: string) => before);
}

/** The owned tables a source text names in SQL or in an entity decorator, with their lines. */
export function tablesNamedIn(source: string): Array<{ table: keyof typeof TABLE_OWNERS; line: number }> {
  const text = withoutComments(source);
  return [...text.matchAll(TABLE_USE)].map((match) => ({
    table: match[1] as keyof typeof TABLE_OWNERS,
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/** The domain a source file belongs to, or null for code that is not a domain's. */
export function domainOf(file: string): string | null {
  const data = /^libs\/server\/data\/src\/lib\/([a-z-]+)\//.exec(file);
  if (data) return data[1];
  if (file.startsWith('libs/server/data/')) return 'data';
  const lib = /^libs\/server\/([a-z-]+)\//.exec(file);
  if (lib) return lib[1];
  const app = /^apps\/(api|worker)\//.exec(file);
  return app ? app[1] : null;
}

/** Every use of a table by SQL outside the table's owning domain, in the server's runtime code. */
export function foreignTableUses(root: string): ForeignTableUse[] {
  const uses: ForeignTableUse[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) scan(path);
    }
  };
  const scan = (path: string): void => {
    const file = relative(root, path).split(sep).join('/');
    if (TEST_CODE.test(file)) return;
    const domain = domainOf(file);
    if (!domain) return;
    for (const { table, line } of tablesNamedIn(readFileSync(path, 'utf8'))) {
      const owner = TABLE_OWNERS[table];
      if (owner !== domain) uses.push({ file, line, table, owner, domain });
    }
  };
  for (const top of ['libs/server', 'apps/api/src', 'apps/worker/src']) walk(join(root, top));
  return uses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The tables the migrations create. */
export function migrationTables(root: string): string[] {
  const dir = join(root, 'libs/server/database/src/lib/migrations');
  const found = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const m of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) found.add(m[1]);
  }
  return [...found].sort();
}
