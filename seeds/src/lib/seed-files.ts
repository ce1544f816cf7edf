import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the data files are: SEEDS_DIR, next to the bundled API (`dist/apps/api/seeds`), or the
 * repository's `seeds/data` when running from source (tests, scripts).
 */
export function seedsDir(): string {
  const candidates = [
    process.env['SEEDS_DIR'],
    resolve(__dirname, 'seeds'),
    resolve(__dirname, '../data'),
    resolve(__dirname, '../../data'),
    resolve(process.cwd(), 'seeds/data'),
  ].filter((d): d is string => !!d);
  const found = candidates.find((dir) => existsSync(join(dir, 'city-ai-scenarios-batch1.tsv')));
  if (!found) throw new Error(`Seed data not found (looked in ${candidates.join(', ')}); set SEEDS_DIR`);
  return found;
}

export function readSeedJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(seedsDir(), name), 'utf8')) as T;
}

/** A tab-separated file with a header row, as records keyed by the header's column names. */
export function readSeedTsv(name: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(join(seedsDir(), name), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const columns = header.split('\t').map((c) => c.trim());
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}
