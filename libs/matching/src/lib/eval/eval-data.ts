import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseSynonymList, type DemoEnterpriseRecord, type ScenarioListRecord } from '../matching.seed-adapters';
import type { MatchingTaxonomy } from '../matching.types';
import type { EvalData, LabelledSet } from './evaluate';
import type { HeldoutSet } from './slices';

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

/** The `segment` package's Chinese synonym list (MIT): one pair of words per line, comma-separated. */
export function loadSynonymPairs(): Array<[string, string]> {
  return parseSynonymList(readFileSync(require.resolve('segment/dicts/synonym.txt'), 'utf8'));
}

/**
 * The frozen held-out sets, each written by a different person who had not seen the engine, with
 * its recorded SHA-256 beside it (heldout/<file> and heldout/<file>.sha256). The second set was
 * written after the engine had been tuned on the first, and nobody who changes the engine reads it;
 * the third was written while the engine's last changes were being made, and judges them; the
 * fourth was written while the next round of changes was being made, and judges that round; the
 * fifth (72 scenarios in 16 domains, 109 companies, 27 decoys of four kinds) was written from the
 * seeds alone while the ninth session's engine round was being made, and judged it; the sixth
 * (75 scenarios in 26 domains, 99 companies, 28 decoys) was written after it, from the seeds alone,
 * with list rows of kinds the others had few of (hospitals' own management, courts, tax, customs,
 * ports, state-owned enterprises) and companies that name only a product brand and what it does.
 * The seventh (76 scenarios in 20 domains of district lists, 112 companies, 28 decoys) and the
 * eighth (87 scenarios in 22 domains of provincial and city lists, industry as well as public
 * services, 119 companies, 29 decoys; many fitting companies named only by a product brand and
 * worded far from the titles) were written from the seeds alone at the start of the tenth session
 * and judged its change to the own-AI evidence (PRODUCT_MAKER_EVIDENCE), made on sets 1–6. The
 * ninth (80 scenarios of a mid-sized city's list, 98 companies, 25 decoys) and the tenth (75
 * scenarios of hospital, university, state-owned enterprise and government lists, 99 companies,
 * 26 decoys) were written after that session's second change (DESCRIBED_PARTS, made on sets 1–8)
 * and judged both. Sets 11–16 are described in the README (the fifteenth and sixteenth were written
 * after the twelfth session's changes were final and judged them; the eighteenth, a southern port
 * city's lists, was written from the seeds alone during the fourteenth session and judged its one
 * engine change, ADDED_WORD_CAP; the nineteenth judged the fifteenth session's ASSOCIATION_CAP, the
 * twentieth the sixteenth session's first own-AI readings; the twenty-first was written after those
 * were final and judged them again, the twenty-second judged the session's second own-AI change and
 * the twenty-third its third; none of the three moved a figure of the sets written after it). The
 * twenty-fourth and twenty-fifth were written at the start of the seventeenth session and judged
 * the levers it tried (none was kept: see the README).
 */
export const HELDOUT_SETS = [
  { name: 'heldout', file: join(__dirname, 'heldout', 'heldout-set.json') },
  { name: 'heldout2', file: join(__dirname, 'heldout', 'heldout-set-2.json') },
  { name: 'heldout3', file: join(__dirname, 'heldout', 'heldout-set-3.json') },
  { name: 'heldout4', file: join(__dirname, 'heldout', 'heldout-set-4.json') },
  { name: 'heldout5', file: join(__dirname, 'heldout', 'heldout-set-5.json') },
  { name: 'heldout6', file: join(__dirname, 'heldout', 'heldout-set-6.json') },
  { name: 'heldout7', file: join(__dirname, 'heldout', 'heldout-set-7.json') },
  { name: 'heldout8', file: join(__dirname, 'heldout', 'heldout-set-8.json') },
  { name: 'heldout9', file: join(__dirname, 'heldout', 'heldout-set-9.json') },
  { name: 'heldout10', file: join(__dirname, 'heldout', 'heldout-set-10.json') },
  { name: 'heldout11', file: join(__dirname, 'heldout', 'heldout-set-11.json') },
  { name: 'heldout12', file: join(__dirname, 'heldout', 'heldout-set-12.json') },
  { name: 'heldout13', file: join(__dirname, 'heldout', 'heldout-set-13.json') },
  { name: 'heldout14', file: join(__dirname, 'heldout', 'heldout-set-14.json') },
  { name: 'heldout15', file: join(__dirname, 'heldout', 'heldout-set-15.json') },
  { name: 'heldout16', file: join(__dirname, 'heldout', 'heldout-set-16.json') },
  { name: 'heldout17', file: join(__dirname, 'heldout', 'heldout-set-17.json') },
  { name: 'heldout18', file: join(__dirname, 'heldout', 'heldout-set-18.json') },
  { name: 'heldout19', file: join(__dirname, 'heldout', 'heldout-set-19.json') },
  { name: 'heldout20', file: join(__dirname, 'heldout', 'heldout-set-20.json') },
  { name: 'heldout21', file: join(__dirname, 'heldout', 'heldout-set-21.json') },
  { name: 'heldout22', file: join(__dirname, 'heldout', 'heldout-set-22.json') },
  { name: 'heldout23', file: join(__dirname, 'heldout', 'heldout-set-23.json') },
  { name: 'heldout24', file: join(__dirname, 'heldout', 'heldout-set-24.json') },
  { name: 'heldout25', file: join(__dirname, 'heldout', 'heldout-set-25.json') },
] as const;

/** The first held-out set's file (kept for callers that read one set). */
export const HELDOUT_FILE = HELDOUT_SETS[0].file;

/**
 * Reads a held-out set and checks it against the recorded SHA-256: a changed file fails
 * loudly, so any edit to it is a visible commit of both files.
 */
export function loadHeldoutSet(file: string = HELDOUT_FILE): { set: HeldoutSet; sha256: string } | undefined {
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const recorded = readFileSync(`${file}.sha256`, 'utf8').trim().split(/\s+/)[0];
  if (recorded !== sha256) throw new Error(`${basename(file)} has SHA-256 ${sha256}, the repository records ${recorded}`);
  return { set: JSON.parse(bytes.toString('utf8')) as HeldoutSet, sha256 };
}

/** Every held-out set present, by name, except those named in `skip` (not even read). */
export function loadHeldoutSets(skip: readonly string[] = []): Array<{ name: string; file: string; set: HeldoutSet; sha256: string }> {
  return HELDOUT_SETS.flatMap(({ name, file }) => {
    if (skip.includes(name)) return [];
    const loaded = loadHeldoutSet(file);
    return loaded ? [{ name, file, ...loaded }] : [];
  });
}
