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
const production = process.env.NODE_ENV === 'production';
// Development: readable log lines, and metrics on loopback so that Prometheus (or curl) can look.
// Each stays as set when set; an empty METRICS_PORT= or WORKER_METRICS_PORT= turns that listener off.
const devDefaults = production ? {} : { LOG_FORMAT: 'pretty', METRICS_PORT: '9464', WORKER_METRICS_PORT: '9465' };
for (const [key, value] of Object.entries(devDefaults)) process.env[key] ??= value;
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
const prepared = spawnSync(process.execPath, ['dist/apps/api/main.js', 'prepare'], {
  cwd: root,
  env: { ...env, LOG_FORMAT: 'json' },
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
});
let ready = {};
for (const line of (prepared.stdout ?? '').split('\n').filter(Boolean)) {
  try {
    const parsed = JSON.parse(line);
    if (parsed.msg === 'database ready') ready = parsed;
    else console.log(env.LOG_FORMAT === 'json' ? line : parsed.msg ?? line);
  } catch {
    console.log(line);
  }
}
if (prepared.status !== 0) {
  console.error(`\nPreparing the database failed (exit code ${prepared.status ?? prepared.signal}).`);
  process.exit(prepared.status ?? 1);
}
if (env.LOG_FORMAT === 'json') console.log(JSON.stringify(ready));
else console.log(`› Database ready (${ready.created ? 'created, ' : ''}${ready.migrationsApplied?.length ?? 0} migrations applied, seeds loaded)`);

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

// Once the API answers and the worker's metrics listener (when on) is up: where everything is.
const local = (host) => (!host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host);
const port = env.PORT || '3000';
const site = `http://localhost:${port}`;
const metricsHost = local(env.METRICS_HOST);
const metricsUrl = (p) => (p ? `http://${metricsHost}:${p}/metrics` : null);
const apiMetrics = metricsUrl(env.METRICS_PORT);
const workerMetrics = metricsUrl(env.WORKER_METRICS_PORT);

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

async function banner() {
  const deadline = Date.now() + 180_000;
  const waitFor = [`http://${local(env.HOST)}:${port}/api/health`, ...(workerMetrics ? [workerMetrics] : [])];
  while (!stopping && Date.now() < deadline) {
    if ((await Promise.all(waitFor.map(answers))).every(Boolean)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (stopping || Date.now() >= deadline) return;
  const metricsOn = [apiMetrics && `${apiMetrics} (API)`, workerMetrics && `${workerMetrics} (worker)`].filter(Boolean);
  const lines = [
    'SceneMatch 场景揭榜对接平台 is running (Ctrl-C stops it)',
    `  Portal         ${site}/`,
    `  API docs       ${site}/api/docs`,
    `  Metrics        ${metricsOn.length ? metricsOn.join('  ') : 'off (set METRICS_PORT, WORKER_METRICS_PORT)'}`,
  ];
  if (ready.demoAccounts?.length) {
    lines.push(`  Demo accounts  password ${ready.demoPassword}`);
    for (const account of ready.demoAccounts) lines.push(`    ${account.email.padEnd(32)} ${account.label}`);
  }
  const width = Math.max(...lines.map((l) => l.length));
  console.log(`\n${'─'.repeat(width)}\n${lines.join('\n')}\n${'─'.repeat(width)}\n`);
}
void banner();
