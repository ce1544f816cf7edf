import { corpusStatsFromCounts, ASSOCIATION_DOC_TERMS, ASSOCIATIONS_PER_TERM } from './matching.corpus';
import { companyInputFromDemo } from './matching.seed-adapters';
import { syntheticCatalogue } from './matching.synthetic';
import { MatchingTokenizer } from './matching.tokenizer';
import type { CorpusStats } from './matching.types';
import { fixtures } from '../testing/matching-fixtures';

/** The statistics counted the plain way (a map per document and one per word's co-occurrences): the reference. */
function reference(docs: Array<Map<string, number>>): CorpusStats {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const byWeightThenKey = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const dfAll = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) dfAll.set(t, (dfAll.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = (t: string) => Math.log(1 + (n - (dfAll.get(t) ?? 1) + 0.5) / ((dfAll.get(t) ?? 1) + 0.5));
  const co = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const words = [...d]
      .filter(([t]) => !MatchingTokenizer.isBigram(t) && (dfAll.get(t) ?? 0) >= 2)
      .map(([t, tf]): [string, number] => [t, (1 + Math.log(tf)) * idf(t)])
      .sort(byWeightThenKey)
      .slice(0, ASSOCIATION_DOC_TERMS)
      .map(([t]) => t);
    for (const a of words) {
      let row = co.get(a);
      if (!row) co.set(a, (row = new Map()));
      for (const b of words) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const maxIdf = Math.log(1 + (n - 1 + 0.5) / 1.5) || 1;
  const associations: Record<string, Array<[string, number]>> = {};
  for (const [a, row] of [...co].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const dfa = dfAll.get(a) ?? 1;
    const ranked = [...row]
      .filter(([, together]) => together >= 2)
      .map(([b, together]): [string, number] => [b, round((together / dfa) * (idf(b) / maxIdf))])
      .sort(byWeightThenKey)
      .slice(0, ASSOCIATIONS_PER_TERM);
    if (ranked.length) associations[a] = ranked;
  }
  const df: Record<string, number> = {};
  for (const [t, k] of [...dfAll].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (k >= 2) df[t] = k;
  return { documents: n, df, associations };
}

describe('corpus statistics', () => {
  const { model, data } = fixtures();

  it('equal those counted with a map per word pair, to the last digit and in the same order', () => {
    const demo = data.enterprises.map((e) => model.companyTermCounts(companyInputFromDemo(e)));
    const synthetic = syntheticCatalogue(data.taxonomy, { companies: 400, scenarios: 150, seed: 5 });
    const docs = [...demo, ...synthetic.companies.map((c) => model.companyTermCounts(c)), ...synthetic.scenarios.map((s) => model.scenarioTermCounts(s))];
    const expected = reference(docs);
    const actual = corpusStatsFromCounts(docs);
    expect(Object.keys(actual.associations).length).toBeGreaterThan(100);
    // Serialised as stored: key order included.
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    // Any pairs of terms and counts will do, not only maps.
    expect(JSON.stringify(corpusStatsFromCounts(docs.map((d) => [...d].reverse())))).toBe(JSON.stringify(expected));
  });

  it('handles an empty corpus and documents without words', () => {
    expect(corpusStatsFromCounts([])).toEqual(reference([]));
    const docs = [new Map<string, number>(), new Map([['影像', 2]]), new Map([['影像', 1], ['~影像', 1]])];
    expect(corpusStatsFromCounts(docs)).toEqual(reference(docs));
  });
});
