#!/usr/bin/env node
// `npm test`: lint, unit tests, integration tests against the real PostgreSQL and Redis, a
// production build, and browser end-to-end tests in Chromium. Ends with "N passed, N failed".
// `npm test -- unit integration` runs only the named stages.
// The production build runs beside the integration tests (which mostly wait for PostgreSQL and
// Redis), and the browser tests start as soon as the build is done, still beside the integration
// tests (their own database, queue prefix and port): each one's output is shown when it is done.
// The type check of the unit tests runs beside them. TEST_SERIAL=1 runs every stage on its own.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

/** Every unit-test jest config (jest.config.cts or .cjs) in the workspace except the browser tests. */
function unitProjects() {
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 4) return;
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, depth + 1);
      // The portal libraries' configs are plain CommonJS (.cjs): Nx's jest plugin loads each .cts
      // through ts-node (no swc here) and ran out of memory with one per portal library as well.
      else if (/^jest\.config\.c[tj]s$/.test(name) && !path.includes('portal-e2e')) found.push(relative(root, path));
    }
  };
  for (const top of ['apps', 'libs', 'seeds']) if (existsSync(join(root, top))) walk(join(root, top), 1);
  // The portal's projects run as one (jest.portal.config.cjs): as 17, each compiled Angular's,
  // NG-ZORRO's and ECharts' modules again.
  return [...found.filter((path) => !/^(apps|libs)\/portal\//.test(path)), 'jest.portal.config.cjs'].sort();
}

const jest = (name, args) => ({ name, command: 'npx', args: ['jest', ...args, '--json', `--outputFile=${join(results, `${name}.json`)}`], report: join(results, `${name}.json`) });
const stages = [
  // One ESLint process over the workspace, each file linted with the config nearest to it (the
  // projects' own configs, as `nx lint` uses them): 35 s instead of 135 s for one process per
  // project, each loading the plugins and the project graph again. The module-boundary rule reads
  // Nx's cached project graph and skips itself, with a warning only, when there is none (a clean
  // clone): `nx show projects` computes and caches it first.
  { name: 'lint', command: 'sh', args: ['-c', 'npx nx show projects > /dev/null && npx eslint --flag v10_config_lookup_from_file apps libs seeds'] },
  // Jest's default is one worker less than there are cores: on a 2-core machine (CI) one worker,
  // i.e. every unit test file in one process; two workers use both cores. The libraries' unit tests are compiled without type checking
  // (isolatedModules): the `typecheck` stage type-checks them beside the unit tests instead.
  jest('unit', ['--projects', ...unitProjects(), `--maxWorkers=${Math.max(2, availableParallelism() - 1)}`]),
  // The libraries' unit and integration tests, the API and the worker with their tests, in one
  // program (the apps' builds skip type checking): each library is checked once.
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.typecheck.json'], beside: 'unit', partOf: 'unit' },
  jest('integration', ['-c', 'jest.integration.config.cts']),
  { name: 'build', command: 'npx', args: ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'portal', '--output-style=static'], beside: 'integration' },
  { ...jest('e2e', ['-c', 'apps/portal-e2e/jest.config.cts']), beside: 'integration', after: 'build' },
];

const wanted = process.argv.slice(2);
const runs = (stage) => !wanted.length || wanted.includes(stage.name) || (stage.partOf !== undefined && wanted.includes(stage.partOf));
let passed = 0;
let failed = 0;
const lines = [];

/** Runs a stage's command: its output on the terminal, or kept and returned when `quiet`. */
function start(stage, quiet) {
  if (stage.report) rmSync(stage.report, { force: true });
  const started = Date.now();
  const child = spawn(stage.command, stage.args, { cwd: root, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  if (quiet) {
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
  }
  return new Promise((done) =>
    child.on('close', (status, signal) => done({ status, signal, output, seconds: ((Date.now() - started) / 1000).toFixed(0) })),
  );
}

/** The failed tests and broken suites of a jest report, one line each, with the first line of the reason. */
function failures(report) {
  const firstLine = (text) => stripVTControlCharacters(text ?? '').split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('●')) ?? '';
  const out = [];
  for (const suite of report.testResults) {
    const file = relative(root, suite.name);
    const failedTests = suite.assertionResults.filter((a) => a.status === 'failed');
    for (const test of failedTests) out.push(`  ✕ ${file} › ${test.fullName} — ${firstLine(test.failureMessages?.[0]).slice(0, 200)}`);
    if (!failedTests.length && suite.status === 'failed') out.push(`  ✕ ${file} could not run — ${firstLine(suite.message).slice(0, 200)}`);
  }
  return out;
}

function record(stage, run) {
  const { seconds } = run;
  if (stage.report && existsSync(stage.report)) {
    const report = JSON.parse(readFileSync(stage.report, 'utf8'));
    const broken = report.numFailedTestSuites - report.testResults.filter((r) => r.assertionResults.some((a) => a.status === 'failed')).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + Math.max(0, broken);
    const ok = run.status === 0 && report.numFailedTests === 0 && broken <= 0;
    if (!ok && report.numFailedTests === 0 && broken <= 0) failed++;
    lines.push(`${stage.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${broken > 0 ? `, ${broken} suites could not run` : ''} (${seconds} s)${ok ? '' : ' FAILED'}`);
    lines.push(...failures(report));
  } else if (run.status === 0) {
    passed++;
    lines.push(`${stage.name}: ok (${seconds} s)`);
  } else {
    failed++;
    lines.push(`${stage.name}: FAILED with exit code ${run.status ?? run.signal} (${seconds} s)`);
  }
}

// Stages started early beside another one (by name of the stage they run beside).
const background = new Map();
for (const stage of stages) {
  if (!runs(stage)) continue;
  if (stage.name === 'e2e' && failed && !wanted.length && lines.some((l) => l.startsWith('build') && l.includes('FAILED'))) {
    lines.push('e2e: skipped (the build failed)');
    failed++;
    continue;
  }
  if (background.has(stage.name)) {
    const run = await background.get(stage.name);
    if (run.skipped) {
      lines.push(`${stage.name}: skipped (the ${stage.after} failed)`);
      failed++;
      continue;
    }
    console.log(`\n━━ ${stage.name} (ran beside ${stage.beside}, ${run.seconds} s) ━━`);
    process.stdout.write(run.output);
    record(stage, run);
    continue;
  }
  const companions = stages.filter(
    (other) => other.beside === stage.name && runs(other) && process.env['TEST_SERIAL'] !== '1' && (!other.after || runs(stages.find((s) => s.name === other.after))),
  );
  for (const other of companions) {
    // A stage that needs another one's output (the browser tests drive the build) starts when that
    // one has finished, and only if it passed.
    const first = other.after ? background.get(other.after) : undefined;
    background.set(other.name, first ? first.then((run) => (run.status === 0 ? start(other, true) : { skipped: true })) : start(other, true));
  }
  console.log(`\n━━ ${stage.name}${companions.length ? ` (with ${companions.map((c) => c.name).join(', ')} beside it)` : ''} ━━`);
  record(stage, await start(stage, false));
}

console.log('\n━━ summary ━━');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
