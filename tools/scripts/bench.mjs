#!/usr/bin/env node
// `npm run bench [name]`: runs tools/bench/*.bench.ts (or the named ones) against the local
// PostgreSQL and Redis; each prints one JSON line per figure:
// {"bench":"…","metric":"…","value":…,"unit":"…"}
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wanted = process.argv.slice(2);
const benches = readdirSync(join(root, 'tools/bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)));
let failed = 0;
for (const file of benches) {
  const run = spawnSync(process.execPath, ['-r', './tools/bench/register.cjs', join('tools/bench', file)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
