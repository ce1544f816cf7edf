// A closed-loop HTTP load generator in its own process, so that it does not share the server's
// event loop. argv: a JSON file { base, paths, seconds, concurrency, method?, body?, headers? } → prints a JSON result.
import { readFileSync } from 'node:fs';

const options = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const latencies = [];
let errors = 0;
let i = 0;
const started = performance.now();
const deadline = started + options.seconds * 1000;
await Promise.all(
  Array.from({ length: options.concurrency }, async () => {
    while (performance.now() < deadline) {
      const path = options.paths[i++ % options.paths.length];
      const t = performance.now();
      try {
        const response = await fetch(options.base + path, {
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
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(JSON.stringify({ requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), p975: at(0.975) }));
