// An HTTP load generator in its own process, so that it does not share the server's event loop.
// argv: a JSON file { base | bases, paths, seconds, concurrency, rate?, once?, method?, body?, headers? }
// → prints a JSON result.
//
// Closed loop (default): `concurrency` callers send requests back to back; the figures are the
// saturation throughput and the latency at that load.
// Open loop (`rate` requests per second): requests leave at a steady rate whether or not earlier
// ones were answered, as independent users' requests do; a request's latency counts from when it
// was due to leave, so a server that falls behind shows its queue in the latency instead of
// slowing the client down (a closed loop hides it).
// `once`: every path is requested at most once (distinct queries); the run ends when they are used up.
// With `bases` (several processes of the same API) requests go round-robin over them, each path to
// every base in turn, as a load balancer in front of them would send them.
import { readFileSync } from 'node:fs';

const options = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bases = options.bases ?? [options.base];
const perBase = bases.map(() => 0);
const latencies = [];
let errors = 0;
/** How the failures failed: HTTP status, or the error's name (a refused or reset connection, a timeout). */
const failures = {};
let i = 0;
const cpu = process.cpuUsage();
const started = performance.now();
const deadline = started + options.seconds * 1000;
const exhausted = () => options.once && i >= options.paths.length * bases.length;

/** The next request: which base, and which path (each path reaches every base in turn). */
function next() {
  const k = i++;
  const b = k % bases.length;
  perBase[b]++;
  return bases[b] + options.paths[Math.floor(k / bases.length) % options.paths.length];
}

async function send(url, due) {
  try {
    const response = await fetch(url, { method: options.method ?? 'GET', headers: options.headers, body: options.body });
    await response.arrayBuffer();
    if (!response.ok) {
      errors++;
      failures[response.status] = (failures[response.status] ?? 0) + 1;
    }
  } catch (error) {
    errors++;
    const kind = error?.cause?.code ?? error?.name ?? 'error';
    failures[kind] = (failures[kind] ?? 0) + 1;
  }
  latencies.push(performance.now() - due);
}

if (options.rate) {
  const interval = 1000 / options.rate;
  const inFlight = new Set();
  for (let due = started; due < deadline && !exhausted(); ) {
    const now = performance.now();
    while (due <= now && due < deadline && !exhausted()) {
      const request = send(next(), due);
      inFlight.add(request);
      request.finally(() => inFlight.delete(request));
      due += interval;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(interval, due - performance.now()))));
  }
  await Promise.all(inFlight);
} else {
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && !exhausted()) await send(next(), performance.now());
    }),
  );
}
const elapsed = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    errors,
    failures,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p975: at(0.975),
    max: latencies[latencies.length - 1] ?? 0,
    perBase,
    seconds: elapsed,
    // The load generator's own CPU (user + system), in seconds: on a small machine it competes with the servers.
    cpuSeconds: (used.user + used.system) / 1e6,
  }),
);
