#!/usr/bin/env node
// `npm test`: lint, unit tests, integration tests against the real PostgreSQL and Redis, a
// production build, and browser end-to-end tests in Chromium. Ends with "N passed, N failed".
// `npm test -- unit integration` runs only the named stages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

/** Every unit-test jest config in the workspace except the browser tests. */
function unitProjects() {
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 4) return;
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, depth + 1);
      else if (name === 'jest.config.cts' && !path.includes('portal-e2e')) found.push(relative(root, path));
    }
  };
  for (const top of ['apps', 'libs', 'seeds']) if (existsSync(join(root, top))) walk(join(root, top), 1);
  return found.sort();
}

const jest = (name, args) => ({ name, command: 'npx', args: ['jest', ...args, '--json', `--outputFile=${join(results, `${name}.json`)}`], report: join(results, `${name}.json`) });
const stages = [
  { name: 'lint', command: 'npx', args: ['nx', 'run-many', '-t', 'lint', '--output-style=static'] },
  jest('unit', ['--projects', ...unitProjects()]),
  jest('integration', ['-c', 'jest.integration.config.cts']),
  { name: 'build', command: 'npx', args: ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'portal', '--output-style=static'] },
  jest('e2e', ['-c', 'apps/portal-e2e/jest.config.cts']),
];

const wanted = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];
for (const stage of stages) {
  if (wanted.length && !wanted.includes(stage.name)) continue;
  if (stage.name === 'e2e' && failed && !wanted.length && lines.some((l) => l.startsWith('build') && l.includes('FAILED'))) {
    lines.push('e2e: skipped (the build failed)');
    failed++;
    continue;
  }
  console.log(`\n━━ ${stage.name} ━━`);
  if (stage.report) rmSync(stage.report, { force: true });
  const started = Date.now();
  const run = spawnSync(stage.command, stage.args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (stage.report && existsSync(stage.report)) {
    const report = JSON.parse(readFileSync(stage.report, 'utf8'));
    const broken = report.numFailedTestSuites - report.testResults.filter((r) => r.assertionResults.some((a) => a.status === 'failed')).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + Math.max(0, broken);
    const ok = run.status === 0 && report.numFailedTests === 0 && broken <= 0;
    if (!ok && report.numFailedTests === 0 && broken <= 0) failed++;
    lines.push(`${stage.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${broken > 0 ? `, ${broken} suites could not run` : ''} (${seconds} s)${ok ? '' : ' FAILED'}`);
  } else if (run.status === 0) {
    passed++;
    lines.push(`${stage.name}: ok (${seconds} s)`);
  } else {
    failed++;
    lines.push(`${stage.name}: FAILED with exit code ${run.status ?? run.signal} (${seconds} s)`);
  }
}

console.log('\n━━ summary ━━');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
