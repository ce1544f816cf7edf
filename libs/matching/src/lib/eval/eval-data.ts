import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DemoEnterpriseRecord, ScenarioListRecord } from '../matching.seed-adapters';
import type { MatchingTaxonomy } from '../matching.types';
import type { EvalData, LabelledSet } from './evaluate';

/**
 * Reads the evaluation inputs from disk: the seed files (SEEDS_DATA, else `seeds/data` under the
 * working directory, else the repository's) and the labelled set next to this file. Used by the
 * CLI and the tests only; the engine itself never reads files.
 */
export function seedsDataDir(): string {
  const candidates = [process.env['SEEDS_DATA'], resolve(process.cwd(), 'seeds/data'), resolve(__dirname, '../../../../../seeds/data')].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(join(d, 'taxonomy.json')));
  if (!found) throw new Error(`Seed data not found (looked in ${candidates.join(', ')}); set SEEDS_DATA`);
  return found;
}

function readTsv(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const columns = header.split('\t').map((c) => c.trim());
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

export function loadLabelledSet(): LabelledSet {
  return JSON.parse(readFileSync(join(__dirname, 'labelled-set.json'), 'utf8')) as LabelledSet;
}

export function loadEvalData(dir: string = seedsDataDir()): EvalData {
  return {
    taxonomy: JSON.parse(readFileSync(join(dir, 'taxonomy.json'), 'utf8')) as MatchingTaxonomy,
    listRows: readTsv(join(dir, 'city-ai-scenarios-batch1.tsv')) as unknown as ScenarioListRecord[],
    enterprises: JSON.parse(readFileSync(join(dir, 'demo-enterprises.json'), 'utf8')) as DemoEnterpriseRecord[],
    labelled: loadLabelledSet(),
  };
}
