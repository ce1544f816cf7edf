import { isValidUscc } from '@scenematch/contracts';
import { DEMO_FINANCIERS, SCENARIO_LIST_FILE } from './run-seeds';
import { readSeedJson, readSeedTsv } from './seed-files';

interface Entry {
  code: string;
  name: string;
  aliases?: string[];
  synonyms?: string[];
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
const lookup = (entries: Entry[]) => new Set(entries.flatMap((e) => [e.code, e.name, ...(e.aliases ?? []), ...(e.synonyms ?? [])].map(fold)));
const taxonomy = readSeedJson<{ domains: Entry[]; capabilities: Entry[] }>('taxonomy.json');
const companies = readSeedJson<Array<{ name: string; uscc: string; capabilities?: string[] }>>('demo-enterprises.json');

/** The data the start command loads must load: the import refuses what these check. */
describe('seed data', () => {
  it('carries the published first list with its columns, numbered once each', () => {
    const rows = readSeedTsv(SCENARIO_LIST_FILE);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['序号', '应用领域', '场景名称', '责任单位']));
    const numbers = rows.map((r) => r['序号']);
    expect(new Set(numbers).size).toBe(rows.length);
    expect(rows.filter((r) => !r['场景名称'] || !r['责任单位'])).toEqual([]);
  });

  it('names only domains the taxonomy knows in the first list', () => {
    const domains = lookup(taxonomy.domains);
    const unknown = readSeedTsv(SCENARIO_LIST_FILE).filter((r) => !domains.has(fold(r['应用领域'])));
    expect(unknown.map((r) => `${r['序号']} ${r['应用领域']}`)).toEqual([]);
  });

  it('gives every demo organisation a distinct code passing the GB 32100 check', () => {
    const codes = [...companies.map((c) => c.uscc), ...DEMO_FINANCIERS.map((f) => f.uscc ?? '')];
    expect(codes.filter((c) => !isValidUscc(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives demo companies only capabilities the taxonomy knows', () => {
    const capabilities = lookup(taxonomy.capabilities);
    const unknown = companies.flatMap((c) => (c.capabilities ?? []).filter((k) => !capabilities.has(fold(k))).map((k) => `${c.name}: ${k}`));
    expect(unknown).toEqual([]);
  });
});
