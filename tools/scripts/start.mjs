#!/usr/bin/env node
// `npm start`: build what is out of date, prepare the database (create, migrate, seed), then run
// the API (which serves the portal) and the worker as two processes until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`SceneMatch needs Node.js 20.19 or newer (this is ${process.versions.node}).`);
  process.exit(1);
}
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

function run(command, args, label) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (process.env.SKIP_BUILD !== '1') {
  console.log('› Building the API, the worker and the portal (cached when nothing changed)…');
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'portal', '--output-style=static'], 'The build');
}

console.log('› Preparing the database (create if missing, migrate, load seeds)…');
run(process.execPath, ['dist/apps/api/main.js', 'prepare'], 'Preparing the database');

const children = [
  ['api', ['dist/apps/api/main.js', 'serve']],
  ['worker', ['dist/apps/worker/main.js']],
].map(([name, args]) => {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  child.name = name;
  return child;
});

let stopping = false;
function stop(signal, code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 15_000);
  force.unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
}

for (const child of children) {
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\nThe ${child.name} process stopped (${code ?? signal}); stopping the others.`);
    stop('SIGTERM', code || 1);
  });
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
