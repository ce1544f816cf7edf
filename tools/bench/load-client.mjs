// A closed-loop HTTP load generator in its own process, so that it does not share the server's
// event loop. argv: a JSON file { base | bases, paths, seconds, concurrency, method?, body?, headers? }
// → prints a JSON result. With `bases` (several processes of the same API) requests go round-robin
// over them, each path to every base in turn, as a load balancer in front of them would send them.
import { readFileSync } from 'node:fs';

const options = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bases = options.bases ?? [options.base];
const perBase = bases.map(() => 0);
const latencies = [];
let errors = 0;
let i = 0;
const cpu = process.cpuUsage();
const started = performance.now();
const deadline = started + options.seconds * 1000;
await Promise.all(
  Array.from({ length: options.concurrency }, async () => {
    while (performance.now() < deadline) {
      const k = i++;
      const b = k % bases.length;
      const path = options.paths[Math.floor(k / bases.length) % options.paths.length];
      perBase[b]++;
      const t = performance.now();
      try {
        const response = await fetch(bases[b] + path, {
          method: options.method ?? 'GET',
          headers: options.headers,
          body: options.body,
        });
        await response.arrayBuffer();
        if (!response.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p975: at(0.975),
    perBase,
    seconds: elapsed,
    // The load generator's own CPU (user + system), in seconds: on a small machine it competes with the servers.
    cpuSeconds: (used.user + used.system) / 1e6,
  }),
);
