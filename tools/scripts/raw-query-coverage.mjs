#!/usr/bin/env node
// Which raw SQL calls of the server runtime code did the tests execute? (issue 16)
//
// Lists every raw query call site, i.e. every call `<receiver>.query(...)` / `<receiver>.query<T>(...)`
// (TypeORM DataSource, EntityManager, QueryRunner, or a pg Pool/Client), in libs/server/**,
// apps/api/src and apps/worker/src, leaving out specs, migrations and the test support code
// (libs/server/testing, apps/api/src/testing). Call sites are found with the TypeScript parser, so a call spread over
// several lines is one site, found at the line of its `.query` name.
//
// A site counts as executed when, in any of the given istanbul JSON coverage reports
// (coverage-final.json, as jest writes with --coverageReporters=json), the innermost statement
// containing that `.query` name ran at least once. With several reports (unit and integration
// runs, or reruns of single spec files) a site is executed if any report says so.
//
// Produce the reports first, e.g. for the integration suite:
//   TEST_TEMPLATE_DATABASE=me_tpl QUEUE_PREFIX=me npx jest -c jest.integration.config.cts \
//     --coverage --coverageProvider=v8 --coverageReporters=json --coverageDirectory=tmp/coverage-integration \
//     --collectCoverageFrom='libs/server/**/*.ts' --collectCoverageFrom='apps/api/src/**/*.ts' \
//     --collectCoverageFrom='apps/worker/src/**/*.ts' --collectCoverageFrom='!**/*.spec.ts' \
//     --collectCoverageFrom='!**/*.integration-spec.ts' --collectCoverageFrom='!**/migrations/**'
// and the same with `--projects <each server jest.config.cts>` for the unit tests. Specs that start
// the API or the worker as a child process (libs/server/testing/src/lib/child-app.ts) add nothing:
// coverage of those processes is not collected.
//
// Usage: node tools/scripts/raw-query-coverage.mjs <coverage-final.json>... [--all] [--json <file>]
//   prints the never-executed sites grouped by file (with --all: every site, marked), then totals;
//   --json writes every site as {file, line, receiver, kind, executed} to <file>.
//   Without a report it only lists the call sites (all counted as not executed).
// The kind is read from the SQL text when it is a literal: write (INSERT/UPDATE/DELETE/…),
// read (SELECT/WITH … SELECT), lock, other, or `dynamic` when the SQL is built at run time.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ts = createRequire(import.meta.url)('typescript');

const ROOTS = ['libs/server', 'apps/api/src', 'apps/worker/src'];
const skipped = (path) =>
  path.endsWith('.spec.ts') || path.endsWith('.integration-spec.ts') || path.endsWith('.d.ts') ||
  /(^|\/)migrations\//.test(path) || path.startsWith('libs/server/testing/') || path.startsWith('apps/api/src/testing/');

function sourceFiles() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir))) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !skipped(path)) found.push(path);
    }
  };
  for (const dir of ROOTS) if (existsSync(join(root, dir))) walk(dir);
  return found.sort();
}

/** The SQL's first keyword tells reads from writes; the text of a literal or of a template's head. */
function kindOf(arg) {
  if (!arg) return 'dynamic';
  let text;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) text = arg.text;
  else if (ts.isTemplateExpression(arg)) text = arg.head.text;
  else return 'dynamic';
  const sql = text.replace(/--[^\n]*\n/g, ' ').trim().toUpperCase();
  if (!sql) return 'dynamic';
  if (/^(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|DROP|ALTER|REFRESH|VACUUM|ANALYZE|COPY|NOTIFY|CALL)\b/.test(sql)) return 'write';
  if (/^WITH\b/.test(sql)) return /\b(INSERT|UPDATE|DELETE)\b/.test(sql) ? 'write' : 'read';
  if (/^(SELECT PG_(TRY_)?ADVISORY|LOCK\b|SET\b|RESET\b|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/.test(sql)) return 'lock';
  if (/^SELECT\b/.test(sql)) return /\b(SET_CONFIG|NEXTVAL|SETVAL|PG_NOTIFY)\s*\(/.test(sql) ? 'write' : 'read';
  return 'other';
}

function callSites(path) {
  const text = readFileSync(join(root, path), 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sites = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'query') {
      const name = node.expression.name;
      const start = name.getStart(file);
      const { line, character } = file.getLineAndCharacterOfPosition(start);
      sites.push({ file: path, line: line + 1, column: character, receiver: node.expression.expression.getText(file), kind: kindOf(node.arguments[0]) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites;
}

/** Coverage by repository-relative path: the statements with their ranges (1-based lines, 0-based columns) and counts. */
function loadReport(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const byFile = new Map();
  for (const [key, entry] of Object.entries(report)) {
    const file = relative(root, resolve(entry.path ?? key));
    byFile.set(file, Object.entries(entry.statementMap).map(([id, loc]) => ({ ...loc, count: entry.s[id] })));
  }
  return byFile;
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const contains = (loc, at) => before(loc.start, at) && before(at, { line: loc.end.line, column: loc.end.column ?? Infinity });
const span = (loc) => (loc.end.line - loc.start.line) * 1e6 + ((loc.end.column ?? 1e5) - loc.start.column);

function executedIn(report, site) {
  const statements = report.get(site.file);
  if (!statements) return false;
  const at = { line: site.line, column: site.column };
  let innermost;
  for (const s of statements) if (contains(s, at) && (!innermost || span(s) < span(innermost))) innermost = s;
  return Boolean(innermost && innermost.count > 0);
}

const args = process.argv.slice(2);
const all = args.includes('--all');
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const reports = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1)).map(loadReport);

const sites = sourceFiles().flatMap(callSites);
for (const site of sites) site.executed = reports.some((r) => executedIn(r, site));

let currentFile;
for (const site of sites) {
  if (site.executed && !all) continue;
  if (site.file !== currentFile) console.log(`\n${(currentFile = site.file)}`);
  console.log(`  ${all ? (site.executed ? '✓ ' : '✗ ') : ''}${site.file}:${site.line}  ${site.receiver}.query  [${site.kind}]`);
}
const count = (list) => `${list.filter((s) => s.executed).length} of ${list.length} executed`;
console.log(`\nRaw query call sites: ${sites.length} in ${new Set(sites.map((s) => s.file)).size} files; ${count(sites)}, ${sites.filter((s) => !s.executed).length} never executed.`);
for (const kind of ['write', 'read', 'lock', 'other', 'dynamic']) {
  const list = sites.filter((s) => s.kind === kind);
  if (list.length) console.log(`  ${kind}: ${count(list)}`);
}
if (!reports.length) console.log('(no coverage report given: every site counted as not executed)');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(sites.map(({ file, line, receiver, kind, executed }) => ({ file, line, receiver, kind, executed })), null, 1));
