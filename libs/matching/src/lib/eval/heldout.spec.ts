import { readFileSync } from 'node:fs';
import { HELDOUT_SETS, loadHeldoutSet } from './eval-data';
import { addLevels, emptyLevels, evaluateCorpus, heldoutCorpus, titlesOnly, type EvalCorpus } from './slices';
import { MatchIndex } from '../matching.index';
import type { MatchingModel } from '../matching.model';
import { MIN_KEPT_SCORE } from '../matching.scoring';
import { fixtures } from '../../testing/matching-fixtures';

/**
 * Held figures of one held-out set: the least each engine figure may be (an MRR, an nDCG@5,
 * a median; set about 0.002 under the reached value, as the figures move that much with the order
 * in which one jest worker runs the specs that share the model's caches) or the most (decoy
 * lists), per slice; `aboveBaseline` lists the slices where the engine
 * must also be above the same-run BM25 in both figures. Where a figure is under the acceptance
 * goal the test's name says NOT MET; it holds the reached value so that it cannot slip.
 */
type SliceName = 'describedS2c' | 'describedC2s' | 'titlesS2c' | 'titlesC2s';

interface HeldFigures {
  name: string;
  index: number;
  mrr: Record<SliceName, [mrr: number, ndcg5: number]>;
  aboveBaseline: SliceName[];
  /** Slices where the engine must be at least the same-run BM25 in both figures (a tie at MRR 1 is not "above"). */
  notBelowBaseline?: SliceName[];
  decoys: [described: number, titles: number];
  /**
   * The engine's decoy lists stay under this share of BM25's (default a quarter); a set where that
   * is not reached holds the share it reaches (named NOT MET in its titles).
   */
  decoyShareOfBaseline?: number;
  medians: [described: number, titles: number];
  titles: { ranking: string; decoys: string; scores: string };
}

/** The kept pairs of every set evaluated by describeHeldFigures, by score level (filled as the sets are evaluated). */
const pooledLevels = emptyLevels();

/**
 * A score means what the portal's level says (高度匹配 from 80, 较为匹配 from 60): over every held-out
 * set, both variants, the pairs a user sees at each level and how many fit. The
 * sets are evaluated when their describe blocks are collected, before any test runs.
 */
describe('score levels over the held-out sets', () => {
  it('a pair shown as 高度匹配 (≥ 80) fits at least 95 times in 100 and is never a decoy, one shown as 较为匹配 (60–79) at least 85 in 100', () => {
    expect(pooledLevels.high.pairs).toBeGreaterThan(100);
    expect(pooledLevels.high.right / pooledLevels.high.pairs).toBeGreaterThanOrEqual(0.95);
    expect(pooledLevels.high.decoys).toBe(0);
    expect(pooledLevels.good.right / pooledLevels.good.pairs).toBeGreaterThanOrEqual(0.85);
    // and a 一般匹配 (40–59) is a fit more often than not; below 40 mostly not.
    expect(pooledLevels.fair.right / pooledLevels.fair.pairs).toBeGreaterThan(0.5);
    expect(pooledLevels.low.right / pooledLevels.low.pairs).toBeLessThan(0.3);
  });
});

/** Declares a set's tests; returns its corpus and model for the tests a set has of its own. */
function describeHeldFigures(held: HeldFigures): { corpus: EvalCorpus; model: MatchingModel } {
  const file = HELDOUT_SETS[held.index].file;
  const loaded = loadHeldoutSet(file);
  if (!loaded) throw new Error(`${file} is missing`);
  const { model } = fixtures();
  const corpus = heldoutCorpus(loaded.set, held.name);
  const described = evaluateCorpus(model, corpus, 'described');
  const titles = evaluateCorpus(model, corpus, 'titles');
  const slices = {
    describedS2c: described.slices[0],
    describedC2s: described.slices[1],
    titlesS2c: titles.slices[0],
    titlesC2s: titles.slices[1],
  };

  it('is a frozen file of at least 60 scenarios in 10 domains (half titles only) and 80 companies, a quarter of them decoys', () => {
    expect(loaded.sha256).toBe(readFileSync(`${file}.sha256`, 'utf8').split(/\s+/)[0]);
    expect(loaded.set.scenarios.length).toBeGreaterThanOrEqual(60);
    expect(loaded.set.scenarios.filter((s) => s.listStyle === 'thin' || s.listStyle === 'titles').length).toBeGreaterThanOrEqual(30);
    expect(new Set(loaded.set.scenarios.map((s) => s.domain)).size).toBeGreaterThanOrEqual(10);
    expect(loaded.set.companies.length).toBeGreaterThanOrEqual(80);
    expect(loaded.set.companies.filter((c) => c.decoy).length).toBeGreaterThanOrEqual(20);
  });

  it(held.titles.ranking, () => {
    expect(slices.describedS2c.direction).toBe('scenario_to_company');
    expect(slices.titlesC2s.direction).toBe('company_to_scenario');
    for (const [slice, [mrr, ndcg5]] of Object.entries(held.mrr) as Array<[keyof typeof slices, [number, number]]>) {
      expect(slices[slice].engine.mrr).toBeGreaterThanOrEqual(mrr);
      expect(slices[slice].engine.ndcg5).toBeGreaterThanOrEqual(ndcg5);
    }
    for (const slice of held.aboveBaseline) {
      expect(slices[slice].engine.mrr).toBeGreaterThan(slices[slice].baseline.mrr);
      expect(slices[slice].engine.ndcg5).toBeGreaterThan(slices[slice].baseline.ndcg5);
    }
    for (const slice of held.notBelowBaseline ?? []) {
      expect(slices[slice].engine.mrr).toBeGreaterThanOrEqual(slices[slice].baseline.mrr);
      expect(slices[slice].engine.ndcg5).toBeGreaterThanOrEqual(slices[slice].baseline.ndcg5);
    }
  });

  it(held.titles.decoys, () => {
    expect(slices.describedS2c.engine.decoysInTop3).toBeLessThanOrEqual(held.decoys[0]);
    expect(slices.titlesS2c.engine.decoysInTop3).toBeLessThanOrEqual(held.decoys[1]);
    // and under a quarter of the lists where the same-run BM25 shows one.
    const share = held.decoyShareOfBaseline ?? 1 / 4;
    for (const s2c of [slices.describedS2c, slices.titlesS2c]) expect(s2c.engine.decoysInTop3 ?? 0).toBeLessThan((s2c.baseline.decoysInTop3 ?? 0) * share);
  });

  addLevels(pooledLevels, described.scores.levels);
  addLevels(pooledLevels, titles.scores.levels);

  it(held.titles.scores, () => {
    expect(described.scores.rightMedian).toBeGreaterThanOrEqual(held.medians[0]);
    expect(titles.scores.rightMedian).toBeGreaterThanOrEqual(held.medians[1]);
    for (const s of [described.scores, titles.scores]) {
      expect(s.decoysAtMost30).toBeGreaterThanOrEqual(0.99);
      expect(s.listedWithoutReasons).toBe(0);
    }
  });
  return { corpus, model };
}

/**
 * The held-out set (written by someone who had not seen the engine, frozen by its SHA-256):
 * the acceptance figures of issue 14, so that a regression fails CI. Where the engine does not
 * reach an acceptance figure yet, the test holds the figure it reaches (marked NOT MET below),
 * so that it cannot slip further unnoticed; the eval CLI still fails on those slices.
 */
describe('matching evaluation on the held-out set', () => {
  const { corpus, model } = describeHeldFigures({
    name: 'heldout',
    index: 0,
    mrr: { describedS2c: [0.998, 0.952], describedC2s: [0.998, 0.957], titlesS2c: [0.998, 0.946], titlesC2s: [0.998, 0.946] },
    aboveBaseline: ['describedC2s', 'titlesS2c', 'titlesC2s'],
    notBelowBaseline: ['describedS2c'],
    decoys: [0, 0],
    medians: [80, 78],
    titles: {
      ranking: 'reaches MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (1.000 on every slice), above BM25 but for scenario → companies with descriptions, where both reach MRR 1 (nDCG@5 0.955 vs 0.944)',
      decoys: 'keeps decoys out of top-3 lists as users see them (0 both ways; BM25 24 and 31): the last ones were AI companies from another field sharing one or two common words (规模, 设计) at scores 10–13, which the chance-overlap knee of lexicalFit drops',
      scores: 'scores honestly: right pairs median ≥ 70 (80 with descriptions, 78 titles only), ≥ 99 % of decoy pairs ≤ 30, reasons on every listed match',
    },
  });

  it('never lists a company without own-AI evidence above one with it and an equal or better textual fit', () => {
    for (const titlesOnlyVariant of [false, true]) {
      const scenarios = titlesOnlyVariant ? corpus.scenarios.map(titlesOnly) : corpus.scenarios;
      model.setCorpus(model.buildCorpus(corpus.companies, scenarios));
      const index = new MatchIndex(model);
      const profiles = new Map(corpus.companies.map((c) => [c.id, model.companyProfile(c)]));
      for (const p of profiles.values()) index.upsertCompany(p);
      for (const s of scenarios) index.upsertScenario(model.scenarioProfile(s));
      model.setCorpus(undefined);
      let weakListed = 0;
      for (const s of scenarios) {
        const list = index.topCompaniesFor(s.id, corpus.companies.length).filter((m) => m.score >= MIN_KEPT_SCORE);
        list.forEach((m, i) => {
          if (!profiles.get(m.id)?.aiNote) return;
          weakListed++;
          const fit = index.explain(s.id, m.id).components.keywords;
          const overtaken = list.slice(i + 1).filter((o) => !profiles.get(o.id)?.aiNote && index.explain(s.id, o.id).components.keywords >= fit);
          expect({ scenario: s.id, company: m.id, overtaken: overtaken.map((o) => o.id) }).toEqual({ scenario: s.id, company: m.id, overtaken: [] });
        });
      }
      // Few weak companies are listed at all (≥ MIN_KEPT_SCORE).
      expect(weakListed).toBeLessThanOrEqual(5);
    }
  });
});

/**
 * The second held-out set, written by another person after the engine had been tuned on the first
 * (from the seeds only; nobody who changes the engine reads it). Its figures show whether a change
 * generalises; where one is not met it is held at the reached figure (NOT MET) so it cannot slip.
 */
describe('matching evaluation on the second held-out set', () => {
  describeHeldFigures({
    name: 'heldout2',
    index: 1,
    mrr: { describedS2c: [0.998, 0.919], describedC2s: [0.984, 0.918], titlesS2c: [0.979, 0.896], titlesC2s: [0.962, 0.91] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [1, 0],
    medians: [77, 71],
    titles: {
      ranking: 'reaches MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on every slice',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 1 of 64 with descriptions, 0 titles only since the sixteenth session’s second own-AI change, 2 and 2 before it, 4 and 3 before the tenth session; BM25 29 and 38)',
      scores: 'scores honestly: right pairs median ≥ 70 both ways (reached 77 and 71; 73 before the eleventh session read lone characters as bigrams), ≥ 99 % of decoy pairs ≤ 30, reasons on every listed match',
    },
  });
});

/**
 * The third held-out set, written from the seeds alone while the engine's latest changes were being
 * made, by someone who had not seen the engine, with companies worded so that no key phrase of a
 * scenario title reappears in its fitting company's text. Nobody who changes the engine reads it.
 * It shows what the first two sets no longer can: with descriptions the engine is still below BM25
 * scenario → companies (MRR 0.938 / nDCG@5 0.815 before the description weighed as much as the
 * title in the query) and fitting companies score low when they share few words with the scenario.
 */
describe('matching evaluation on the third held-out set', () => {
  describeHeldFigures({
    name: 'heldout3',
    index: 2,
    mrr: { describedS2c: [0.98, 0.886], describedC2s: [0.962, 0.918], titlesS2c: [0.906, 0.784], titlesC2s: [0.872, 0.813] },
    aboveBaseline: ['describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [0, 1],
    medians: [63, 32],
    titles: {
      ranking: 'above BM25 company → scenarios with descriptions and titles only both ways, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (NOT MET: scenario → companies with descriptions MRR 0.982 vs BM25 0.992)',
      decoys: 'keeps decoys out of top-3 lists (0 of 66 with descriptions; NOT MET titles only: 1; BM25 24 and 39)',
      scores: 'scores (NOT MET: right-pair median 63 with descriptions (62 before ADDED_WORD_CAP) and 32 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The fourth held-out set (96 scenarios in 19 domains, half titles only; 106 companies, 28 of them
 * decoys), written from the seeds alone by a fourth person while the last engine round was being
 * tried; that round changed nothing it could not keep on the first three sets, so these are the
 * figures of the engine as it stands. Nobody who changes the engine reads it. Each figure is held at
 * the reached value (NOT MET where marked) so that it cannot slip unnoticed.
 */
describe('matching evaluation on the fourth held-out set', () => {
  describeHeldFigures({
    name: 'heldout4',
    index: 3,
    mrr: { describedS2c: [0.95, 0.88], describedC2s: [0.976, 0.917], titlesS2c: [0.927, 0.832], titlesC2s: [0.942, 0.859] },
    aboveBaseline: ['describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [4, 2],
    medians: [66, 47],
    titles: {
      ranking: 'above BM25 but for scenario → companies with descriptions, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (NOT MET scenario → companies with descriptions: MRR 0.952 vs BM25 0.963, nDCG@5 0.883 vs 0.886, 0.880 before ADDED_WORD_CAP)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 4 of 96 with descriptions, 2 before the tenth session weighed a description by BM25 and 3 before the eleventh read lone characters as bigrams, and 2 titles only; BM25 25 and 36)',
      scores: 'scores (NOT MET: right-pair median 66 with descriptions and 47 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The fifth held-out set (72 scenarios in 16 domains, half titles only; 109 companies in their own
 * words, 27 of them decoys of four kinds: equipment resellers, IT outsourcers, consultancies, AI
 * companies from another field), written from the seeds alone during the ninth session, while an
 * engine round was being tried. That round (a longer description query, a lower full text match)
 * helped sets 3 and 4 a little and lost on this set, so it was not kept: these are the figures of
 * the engine as it stands. Its companies rarely reuse a scenario's words, and the engine scores
 * them far too low.
 */
describe('matching evaluation on the fifth held-out set', () => {
  describeHeldFigures({
    name: 'heldout5',
    index: 4,
    mrr: { describedS2c: [0.984, 0.868], describedC2s: [0.944, 0.889], titlesS2c: [0.893, 0.765], titlesC2s: [0.842, 0.783] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [4, 3],
    medians: [29, 21.5],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.8 titles only and ≥ 0.95 scenario → company with descriptions (NOT MET: company → scenario with descriptions 0.946, goal 0.95)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 4 of 72 with descriptions and 3 titles only; BM25 32 and 45)',
      scores: 'scores (NOT MET: right-pair median 29 with descriptions (28.5 before ADDED_WORD_CAP) and 21.5 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The sixth held-out set (75 scenarios in 26 domains, half titles only, many of kinds the other sets
 * had few of: hospitals' own management, courts, tax, customs, ports, state-owned enterprises; 99
 * companies, 28 decoys, 11 of the fitting companies naming only a product brand and what it does),
 * written from the seeds alone at the end of the ninth session. A third of its fitting companies
 * describe a product only by what it does for its users, with no AI word: the own-AI floor ranked
 * them under keyword hits until such product makers kept a neutral share of the evidence
 * (PRODUCT_MAKER_EVIDENCE; described scenario → companies MRR 0.903 → 0.949, titles only
 * 0.864 → 0.894). The engine is still below BM25 on three of its four slices.
 */
describe('matching evaluation on the sixth held-out set', () => {
  describeHeldFigures({
    name: 'heldout6',
    index: 5,
    mrr: { describedS2c: [0.954, 0.902], describedC2s: [0.959, 0.913], titlesS2c: [0.915, 0.848], titlesC2s: [0.891, 0.833] },
    aboveBaseline: ['titlesS2c', 'titlesC2s'],
    decoys: [2, 2],
    medians: [43, 33],
    titles: {
      ranking: 'above BM25 titles only both ways, MRR ≥ 0.95 with descriptions (NOT MET: below BM25 with descriptions, 0.956 vs 0.973 scenario → company and 0.961 vs 0.977 company → scenario)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 75 with descriptions and 2 titles only; BM25 31 and 39)',
      scores: 'scores (NOT MET: right-pair median 43 with descriptions and 33 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The seventh held-out set (76 scenarios in 20 domains of district lists, 41 titles only; 112
 * companies, 28 decoys of four kinds), written from the seeds alone at the start of the tenth
 * session, before the own-AI change (PRODUCT_MAKER_EVIDENCE) was judged on it: with and without
 * the change the engine is above the same-run BM25 on all four slices.
 */
describe('matching evaluation on the seventh held-out set', () => {
  describeHeldFigures({
    name: 'heldout7',
    index: 6,
    mrr: { describedS2c: [0.967, 0.906], describedC2s: [0.951, 0.915], titlesS2c: [0.944, 0.887], titlesC2s: [0.934, 0.899] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [4, 4],
    medians: [48, 45],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (company → scenario with descriptions 0.947 before the eleventh session, now 0.953)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 4 of 76 with descriptions and 4 titles only (3 before an introduction showing AI work counted as a described product); BM25 32 and 40)',
      scores: 'scores (NOT MET: right-pair median 48 with descriptions and 45 titles only (47.5 and 44.5 before ADDED_WORD_CAP), goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The eighth held-out set (87 scenarios in 22 domains of provincial and city lists, industry as
 * well as public services, 44 titles only; 119 companies, 29 decoys, many fitting companies named
 * only by a product brand and worded far from the titles), written from the seeds alone at the
 * start of the tenth session. It judged the own-AI change: described scenario → companies MRR
 * 0.822 → 0.860, titles only 0.798 → 0.835 (from below BM25's 0.811 to above it). The query
 * change that followed (DESCRIBED_PARTS, made on sets 1–8) took the first to 0.884.
 */
describe('matching evaluation on the eighth held-out set', () => {
  describeHeldFigures({
    name: 'heldout8',
    index: 7,
    mrr: { describedS2c: [0.942, 0.867], describedC2s: [0.956, 0.881], titlesS2c: [0.868, 0.787], titlesC2s: [0.891, 0.826] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [7, 8],
    medians: [34, 30],
    titles: {
      ranking: 'above BM25 on every slice (described scenario → company since the eleventh session: 0.894 → 0.900 → 0.922 with INTRO_PRODUCT_EVIDENCE, BM25 0.896), MRR ≥ 0.8 titles only (NOT MET: described scenario → company MRR 0.922, goal 0.95)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 7 of 87 with descriptions and 8 titles only since crop spraying by hired pilots reads as a service, 8 and 9 before, 11 and 13 before a distributor’s 供货 and a testing lab read as trades, 7 and 8 before a company described only in its introduction kept INTRO_PRODUCT_EVIDENCE: a homework-search app now third on a sparse essay-marking list; BM25 46 and 54)',
      scores: 'scores (NOT MET: right-pair median 34 with descriptions and 30 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The ninth held-out set (80 scenarios in 18 domains of a mid-sized city's list, 44 titles only,
 * most descriptions in the unit's business language with no AI technique named; 98 companies,
 * 25 decoys), written from the seeds alone in the tenth session after both of its engine changes
 * were made, and judging them: described scenario → companies MRR 0.942 (before the session) →
 * 0.952 (own-AI change) → 0.970 (query change), BM25 0.938; titles only 0.914 → 0.922.
 */
describe('matching evaluation on the ninth held-out set', () => {
  describeHeldFigures({
    name: 'heldout9',
    index: 8,
    mrr: { describedS2c: [0.968, 0.899], describedC2s: [0.96, 0.926], titlesS2c: [0.934, 0.86], titlesC2s: [0.94, 0.894] },
    aboveBaseline: ['describedS2c', 'titlesS2c', 'titlesC2s'],
    decoys: [1, 1],
    medians: [33, 34],
    titles: {
      ranking: 'above BM25 but for company → scenario with descriptions, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (NOT MET: company → scenario with descriptions 0.962 vs BM25 0.977)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 1 of 80 with descriptions, 2 before ADDED_WORD_CAP, and 1 titles only; BM25 44 and 63)',
      scores: 'scores (NOT MET: right-pair median 33 with descriptions and 34 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The tenth held-out set (75 scenarios in 20 domains of hospital, university, state-owned
 * enterprise and government lists, terse titles, 37 titles only; 99 companies, 26 decoys, 40
 * companies with a profile and tags only), written from the seeds alone in the tenth session after
 * both of its engine changes were made, and judging them: described scenario → companies MRR
 * 0.818 → 0.839 → 0.864 (BM25 0.879), company → scenarios 0.888 → 0.888 → 0.918 (BM25 0.917),
 * titles only scenario → companies 0.813 → 0.835; decoys in the top three 7 and 6 → 5 and 4.
 */
describe('matching evaluation on the tenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout10',
    index: 9,
    mrr: { describedS2c: [0.881, 0.841], describedC2s: [0.92, 0.864], titlesS2c: [0.85, 0.811], titlesC2s: [0.867, 0.816] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c'],
    decoys: [3, 3],
    medians: [41, 41],
    titles: {
      ranking: 'above BM25 with descriptions both ways and titles only scenario → company (scenario → company 0.871 → 0.882 vs BM25 0.879 once 施工安全 in a product maker’s words stopped reading as a construction business; NOT MET: MRR goal 0.95 with descriptions; titles only company → scenario 0.869 vs 0.897)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 3 of 75 with descriptions and 3 titles only, 5 and 4 before an introduction’s 人工判读 read as manual work; BM25 42 and 49)',
      scores: 'scores (NOT MET: right-pair median 41 with descriptions and 41 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The eleventh held-out set (76 scenarios in 28 domains of city lists from several provinces, 49
 * titles only; 105 companies from second-tier cities in plain business words, 29 decoys), written
 * from the seeds alone at the start of the eleventh session, and judging its three changes (lone
 * characters read as bigrams, the list's own domain label in the query, a business of another
 * kind read in the introduction as whole words), made on sets 1–10: nDCG@5 up on three slices
 * (described scenario → companies 0.946 → 0.950, titles only 0.924 → 0.932 and 0.947 → 0.950), no
 * figure down. The engine was one query under BM25's MRR scenario → companies both ways until the
 * own-AI reader took a product that performs a task of judgement by itself (AUTOMATIC_TASK: 口语
 * 自动评分, 自动检查病历) for AI work and a course's material (课程讲义, 课程助教) for no teaching
 * role, made with sets 1–16 judged at once: MRR 0.974 → 0.987 and 0.952 → 0.980.
 */
describe('matching evaluation on the eleventh held-out set', () => {
  describeHeldFigures({
    name: 'heldout11',
    index: 10,
    mrr: { describedS2c: [0.984, 0.958], describedC2s: [0.991, 0.956], titlesS2c: [0.977, 0.952], titlesC2s: [0.984, 0.948] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [4, 3],
    medians: [64.5, 60.5],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (scenario → companies 0.974 → 0.987 vs BM25 0.977 with descriptions and 0.952 → 0.980 vs 0.955 titles only once a product performing a task by itself counted as AI work: 口语自动评分, 自动检查病历)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 4 of 76 with descriptions and 3 titles only; BM25 26 and 40)',
      scores: 'scores (NOT MET: right-pair median 64.5 with descriptions and 60.5 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The twelfth held-out set (74 scenarios in 27 domains of district and public-institution lists:
 * hospitals, schools, utilities, state-owned enterprises, 41 titles only; 105 companies, many small
 * specialists naming only what their products do for users, 30 decoys whose words overlap the
 * scenarios heavily), written from the seeds alone at the start of the eleventh session and judging
 * its changes: company → scenarios MRR 0.913 → 0.920 with descriptions and 0.874 → 0.881 titles
 * only, scenario → companies 0.824 → 0.828 and 0.784 → 0.788, no figure down. The hardest set so
 * far: right pairs score a median of 19.
 */
describe('matching evaluation on the twelfth held-out set', () => {
  describeHeldFigures({
    name: 'heldout12',
    index: 11,
    mrr: { describedS2c: [0.874, 0.822], describedC2s: [0.931, 0.886], titlesS2c: [0.821, 0.77], titlesC2s: [0.885, 0.848] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [3, 3],
    medians: [26, 25.5],
    titles: {
      ranking: 'above BM25 on every slice since companies described only in their introduction keep INTRO_PRODUCT_EVIDENCE (scenario → companies MRR 0.828 → 0.877 and nDCG@5 0.774 → 0.825 vs BM25 0.803 and 0.775 with descriptions, 0.788 → 0.810 and 0.728 → 0.765 vs 0.750 and 0.732 titles only; NOT MET: MRR goal 0.95 with descriptions)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 3 of 74 with descriptions and 3 titles only, 4 and 5 before the sixteenth session’s second own-AI change; BM25 42 and 47)',
      scores: 'scores (NOT MET: right-pair median 26 with descriptions and 25.5 titles only, 19 and 17.5 before INTRO_PRODUCT_EVIDENCE, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The thirteenth held-out set (86 scenarios in 18 domains of provincial and county lists in central
 * and western China, 43 titles only; 96 companies from large AI firms to five-person start-ups, many
 * describing themselves only by their customers' outcomes, 28 decoys), written from the seeds alone
 * in the eleventh session after its changes were made, and read by nobody who changed the engine.
 * The session's changes moved it by at most 0.002 (from the code before the session, in the same
 * eval). Below BM25 only company → scenarios with descriptions, in MRR (0.978 vs 0.982). The
 * own-AI reader's change (AUTOMATIC_TASK, an introduction showing AI work read as a described
 * product) took titles only scenario → companies from MRR 0.935 to 0.929 and nDCG@5 0.892 to
 * 0.888 (one query's right company 1 → 2: a crowd-forecasting AI maker described only in its
 * introduction now ranks above a guide-robot maker that 导游 still reads as a travel trade) while
 * decoy lists went 3 → 2 and 4 → 3 here and right-pair medians rose on eight sets (14: 65 → 70 and
 * 61.5 → 70; 12: 23.5 → 26 and 23 → 25.5): its floors were lowered to 0.926 and 0.885.
 */
describe('matching evaluation on the thirteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout13',
    index: 12,
    mrr: { describedS2c: [0.968, 0.92], describedC2s: [0.975, 0.948], titlesS2c: [0.926, 0.885], titlesC2s: [0.983, 0.939] },
    aboveBaseline: ['describedS2c', 'titlesS2c', 'titlesC2s'],
    decoys: [2, 2],
    medians: [66, 65],
    titles: {
      ranking: 'above BM25 but for company → scenarios with descriptions, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (NOT MET: company → scenarios with descriptions 0.978 vs BM25 0.982 in MRR)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 86 with descriptions and 2 titles only, 3 before a 等保 assessor read as a service; BM25 36 and 46)',
      scores: 'scores (NOT MET: right-pair median 66 with descriptions and 65 titles only, goal ≥ 70); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The fourteenth held-out set (86 scenarios in 23 domains of a coastal megacity's districts and its
 * big public employers: metro, port, airport, water group, hospitals, universities, 43 titles only,
 * descriptions in the units' official language; 104 companies in marketing language with brand
 * names, 30 decoys from neighbouring trades), written like the thirteenth after the session's
 * changes. Below BM25 only scenario → companies with descriptions (MRR 0.963 vs 0.968).
 */
describe('matching evaluation on the fourteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout14',
    index: 13,
    mrr: { describedS2c: [0.974, 0.947], describedC2s: [0.989, 0.97], titlesS2c: [0.962, 0.922], titlesC2s: [0.974, 0.951] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [2, 4],
    medians: [70, 70],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only (scenario → companies with descriptions 0.963 → 0.977 vs BM25 0.968 once companies described only in their introduction kept INTRO_PRODUCT_EVIDENCE)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 86 with descriptions and 4 titles only; BM25 26 and 32)',
      scores: 'scores: right-pair median ≥ 70 (70 with descriptions and 70 titles only; 65 and 61.5 before the own-AI reader read tasks performed by a product and introductions showing AI work); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The fifteenth held-out set (78 scenarios in 20 domains of county, banner and prefecture-city
 * lists of northern and north-eastern China, 39 titles only; 96 companies, mostly small local AI
 * firms in their own marketing words, 27 decoys), written from the seeds alone at the end of the
 * twelfth session, after its changes were final: it judged them. From the code before the session
 * to the code after, scenario → companies rose from 0.994 to 1.000 with descriptions and from 0.981
 * (below BM25's 0.984) to 0.987 titles only, but the decoy lists went from 0 to 2 in each variant.
 */
describe('matching evaluation on the fifteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout15',
    index: 14,
    mrr: { describedS2c: [0.997, 0.964], describedC2s: [0.99, 0.969], titlesS2c: [0.991, 0.95], titlesC2s: [0.99, 0.967] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [0, 0],
    medians: [71.5, 70.5],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (0 of 78 with descriptions and titles only since the sixteenth session’s own-AI change, 2 and 2 before; BM25 21 and 27)',
      scores: 'scores: right-pair median ≥ 70 (71.5 with descriptions and 70.5 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The sixteenth held-out set (83 scenarios in 22 domains of a southern provincial capital and its
 * state-owned enterprises: port, power grid, water group, metro, hospital group, universities, tax
 * and courts, 42 titles only; 100 companies from start-ups to listed firms, some described mostly
 * through cases, 28 decoys), written with the fifteenth. The twelfth session's changes moved none of
 * its figures.
 */
describe('matching evaluation on the sixteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout16',
    index: 15,
    mrr: { describedS2c: [0.997, 0.93], describedC2s: [0.997, 0.941], titlesS2c: [0.975, 0.915], titlesC2s: [0.997, 0.927] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [2, 4],
    medians: [74, 71],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 83 with descriptions and 4 titles only; BM25 28 and 34)',
      scores: 'scores: right-pair median ≥ 70 (74 with descriptions and 71 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * The seventeenth held-out set (79 scenarios in 22 domains of a northern inland heavy-industry
 * prefecture city: coal, steel, coal chemicals, equipment makers, district heating, 41 titles only;
 * 106 companies, 17 listing no product, 30 decoys), written from the seeds alone while the thirteenth
 * session changed the own-AI reader, and evaluated only once that change was final. Before it:
 * scenario → companies MRR 0.968 / nDCG@5 0.949 with descriptions (BM25 0.967 / 0.938) and 0.963 /
 * 0.932 titles only; right-pair medians 74 and 69.
 */
describe('matching evaluation on the seventeenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout17',
    index: 16,
    mrr: { describedS2c: [0.975, 0.954], describedC2s: [0.981, 0.956], titlesS2c: [0.97, 0.937], titlesC2s: [0.959, 0.938] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [2, 4],
    medians: [76, 69],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 79 with descriptions and 4 titles only; BM25 20 and 24)',
      scores: 'scores: right-pair median ≥ 70 (76 with descriptions; NOT MET titles only: 69); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 18: a southern coastal port city's lists (city, counties, a provincial hospital list, a port
 * group's own list): 75 scenarios in 19 domains, 39 titles only; 102 companies, 29 decoys. Written
 * from the seeds alone while the fourteenth session's engine change (ADDED_WORD_CAP) was made on
 * sets 1–17; that change left every figure of this set as it was.
 */
describe('matching evaluation on the eighteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout18',
    index: 17,
    mrr: { describedS2c: [0.964, 0.937], describedC2s: [0.962, 0.938], titlesS2c: [0.942, 0.91], titlesC2s: [0.941, 0.918] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c'],
    decoys: [1, 3],
    medians: [64, 65],
    titles: {
      ranking: 'MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on three slices (NOT MET: titles-only company → scenarios MRR level with BM25 at 0.9452 since the fifteenth session, 0.9449 before; nDCG@5 0.922 against 0.914)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 1 of 75 with descriptions and 3 titles only; BM25 29 and 33)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 64 with descriptions, 65 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 19: an inland western provincial capital's lists (a hospital group, a mountain scenic area,
 * a big-data park, a river basin authority, the 12345 hotline, city bureaus): 75 scenarios in 20
 * domains, 37 titles only; 99 companies, 27 decoys, written to share surface words with the
 * scenarios. Written from the seeds alone while the fifteenth session's engine change
 * (ASSOCIATION_CAP) was made on sets 1–18; that change moved two nDCG@5 figures of this set by
 * 0.0001 and 0.0002 and nothing else. Its decoys are the strongest yet: BM25 shows one in 36 and
 * 45 of 75 lists.
 */
describe('matching evaluation on the nineteenth held-out set', () => {
  describeHeldFigures({
    name: 'heldout19',
    index: 18,
    mrr: { describedS2c: [0.979, 0.942], describedC2s: [0.997, 0.963], titlesS2c: [0.965, 0.926], titlesC2s: [0.99, 0.948] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [7, 7],
    medians: [77, 77],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 7 of 75 with descriptions and 7 titles only, 11 and 12 before the sixteenth session’s own-AI changes, which were made on this set; BM25 36 and 45)',
      scores: 'scores: right-pair median ≥ 70 (77 with descriptions and titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 20: a central-China prefecture city's lists (a Yangtze river port, a provincial hospital, a
 * university town, rice, tea and crayfish counties, a steel and auto-parts park, a 5A scenic area):
 * 72 scenarios in 16 domains, 36 titles only; 97 companies, 30 decoys (13 of them using AI words).
 * Written from the seeds alone while the sixteenth session's own-AI change (AI_HARDWARE_GOODS,
 * advice products, service operators in OTHER_BUSINESS) was made on sets 1–19, and read by nobody
 * who changed the engine. The writer's brief named kinds of decoys, among them distributors of
 * training and inference servers, a kind the change addresses (seen on set 19). The change took
 * its decoy lists from 2 and 4 to 1 and 3 and titles-only scenario → companies from MRR 0.968 and
 * nDCG@5 0.909 to 0.975 and 0.915; nothing else moved. The session's second own-AI change took the
 * titles-only decoy lists 3 → 1 (a 等保 assessor).
 */
describe('matching evaluation on the twentieth held-out set', () => {
  describeHeldFigures({
    name: 'heldout20',
    index: 19,
    mrr: { describedS2c: [0.985, 0.935], describedC2s: [0.997, 0.955], titlesS2c: [0.972, 0.912], titlesC2s: [0.99, 0.941] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [1, 1],
    medians: [67, 67],
    titles: {
      ranking: 'above BM25 on every slice, MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 1 of 72 with descriptions and 1 titles only; 2 and 4 before the sixteenth session’s first own-AI change, 1 and 3 after it; BM25 39 and 48)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 67 with descriptions and titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 21: a coastal eastern county-level city's lists (a fishing port and market, valve, eyewear and
 * small-appliance makers, a county hospital and a hospital of Chinese medicine, a vocational college,
 * homestay villages, an industrial park): 76 scenarios in 16 domains, 39 titles only; 99 companies,
 * 30 decoys whose kinds the writer chose (resellers and installers of terminals, AI cameras, CT and
 * GPU appliances; service firms of the scenarios' own fields; consultancies, trainers, outsourcers;
 * AI firms of other fields). Written from the seeds alone after the sixteenth session's own-AI change
 * was final, with no kind of decoy named in the brief: the change moved none of its figures.
 * The session's second own-AI change was then made on it (courses, hosting, crop spraying by hired
 * pilots, licensed staff, 等保 assessors): decoy lists 10 and 13 → 4 and 4; set 22 judged that one.
 * Company → scenarios with descriptions: engine and BM25 both reach MRR 1.
 */
describe('matching evaluation on the twenty-first held-out set', () => {
  describeHeldFigures({
    name: 'heldout21',
    index: 20,
    mrr: { describedS2c: [0.984, 0.922], describedC2s: [0.997, 0.948], titlesS2c: [0.962, 0.906], titlesC2s: [0.997, 0.942] },
    aboveBaseline: ['describedS2c', 'titlesS2c', 'titlesC2s'],
    notBelowBaseline: ['describedC2s'],
    decoys: [4, 5],
    medians: [63, 65],
    titles: {
      ranking: 'MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on three slices and level with it (MRR 1) on company → scenarios with descriptions (nDCG@5 0.951 against 0.936)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 4 of 76 with descriptions and 5 titles only since the sixteenth session’s second own-AI change, made on this set, 10 and 13 before; BM25 57 and 71)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 63 with descriptions, 65 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 22: a north-western provincial capital's lists (an oil and petrochemical base, a railway
 * logistics hub, desert-edge farms, a children's hospital, a medical university, a Silk-Road site
 * and museum, coal, wind and solar power, a new district's service centre): 72 scenarios in 16
 * domains, 37 titles only; 106 companies, 32 decoys of kinds the writer chose. Written from the
 * seeds alone while the sixteenth session's second own-AI change was made; neither of the
 * session's changes moved any of its figures. The first set on which the engine ranks scenario →
 * companies below BM25 in both variants: the own-AI reader held fitting makers down (a simulation
 * maker whose users are 学员, a gas-safety maker whose risk model reads 第三方施工, a policy-matching
 * product whose 申报条件 read as a filing business, a dispensing machine that 自动…打印标签 read as
 * manual work). The session's third own-AI change, made on this set, mends those readings; set 23
 * judges it.
 */
describe('matching evaluation on the twenty-second held-out set', () => {
  describeHeldFigures({
    name: 'heldout22',
    index: 21,
    mrr: { describedS2c: [0.977, 0.937], describedC2s: [0.997, 0.955], titlesS2c: [0.955, 0.914], titlesC2s: [0.99, 0.939] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [6, 9],
    medians: [62, 62],
    titles: {
      ranking: 'above BM25 on every slice since the sixteenth session’s third own-AI change, made on this set (scenario → companies MRR 0.941 → 0.980 with descriptions and 0.918 → 0.958 titles only, BM25 0.979 and 0.942), MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 6 of 72 with descriptions and 9 titles only; BM25 39 and 45)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 62 with descriptions and titles only, 60 and 60.5 before the third own-AI change); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 23: a south-western mountain prefecture's lists (karst villages of ethnic minorities, a
 * big-data park, tea and chili farms, a hydropower cascade, highway bridges and tunnels, a people's
 * hospital and a minority-medicine hospital, township boarding schools, tourism routes): 73
 * scenarios in 18 domains, 37 titles only; 98 companies, 31 decoys of kinds the writer chose (10 of
 * them AI firms of other fields). Written from the seeds alone while the sixteenth session's third
 * own-AI change was made. None of the session's three own-AI changes moved any of its figures: they
 * mend readings of the sets they were made on and are not shown to carry over to new text.
 */
describe('matching evaluation on the twenty-third held-out set', () => {
  describeHeldFigures({
    name: 'heldout23',
    index: 22,
    mrr: { describedS2c: [0.961, 0.92], describedC2s: [0.99, 0.952], titlesS2c: [0.957, 0.918], titlesC2s: [0.972, 0.944] },
    aboveBaseline: ['describedC2s', 'titlesS2c'],
    decoys: [14, 13],
    decoyShareOfBaseline: 1 / 3,
    medians: [64.5, 63.5],
    titles: {
      ranking: 'MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on every slice (NOT MET: scenario → companies with descriptions MRR 0.964 and nDCG@5 0.923 against BM25’s 0.976 and 0.937; titles-only company → scenarios MRR 0.975 against 1, nDCG@5 0.947 against 0.938)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 14 of 73 with descriptions and 13 titles only, under a third of BM25’s 45 and 46 rather than a quarter)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 64.5 with descriptions, 63.5 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 24: a south-eastern coastal prefecture's lists (a port, island fisheries, a ceramics county,
 * two mountain counties, offshore wind): 72 scenarios in 17 domains, 36 titles only; 99 companies,
 * 32 decoys of kinds the writer chose (resellers, compute or labelling without an application,
 * training and consulting, the same industries' traditional firms, services done by people, media).
 * Written from the seeds alone at the start of the seventeenth session, before any change of that
 * session was judged; its writer was asked to describe companies without the titles' wording, so
 * fitting pairs share fewer words than in earlier sets (right-pair medians in the forties).
 */
describe('matching evaluation on the twenty-fourth held-out set', () => {
  describeHeldFigures({
    name: 'heldout24',
    index: 23,
    mrr: { describedS2c: [0.915, 0.846], describedC2s: [0.93, 0.868], titlesS2c: [0.866, 0.782], titlesC2s: [0.888, 0.811] },
    aboveBaseline: ['describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [2, 3],
    medians: [44, 40],
    titles: {
      ranking: 'MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on every slice (NOT MET: scenario → companies with descriptions MRR 0.919 and nDCG@5 0.850 against BM25’s 0.924 and 0.874; company → scenarios with descriptions 0.933)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 2 of 72 with descriptions and 3 titles only; BM25 19 and 36)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 44 with descriptions, 40 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});

/**
 * Set 25: an inland northern provincial capital's lists (steel, coking and heavy machinery, coal
 * mines, grain counties, a university town, old work-unit compounds): 83 scenarios in 15 domains,
 * 42 titles only; 105 companies (38 from other cities), 34 decoys of kinds the writer chose.
 * Written beside set 24, from the seeds alone and under the same brief. Many of its fits need
 * knowledge no text states (a call-centre voice robot for 出院患者随访, a general large-model platform
 * for a university's course tutoring): the taxonomy reads the capability, the texts share no word,
 * and such pairs score under 10 (right-pair medians 33 and 35).
 */
describe('matching evaluation on the twenty-fifth held-out set', () => {
  describeHeldFigures({
    name: 'heldout25',
    index: 24,
    mrr: { describedS2c: [0.95, 0.839], describedC2s: [0.975, 0.905], titlesS2c: [0.929, 0.795], titlesC2s: [0.921, 0.82] },
    aboveBaseline: ['describedS2c', 'describedC2s', 'titlesS2c', 'titlesC2s'],
    decoys: [1, 1],
    medians: [33, 35],
    titles: {
      ranking: 'MRR ≥ 0.95 with descriptions and ≥ 0.8 titles only, above BM25 on every slice (company → scenarios with descriptions 0.979, scenario → companies 0.953 against BM25’s 0.893)',
      decoys: 'keeps decoys out of top-3 lists (NOT MET: 1 of 83 in each variant; BM25 26 and 29)',
      scores: 'scores: right-pair median ≥ 70 (NOT MET: 33 with descriptions, 35 titles only); decoy pairs ≤ 30 and reasons on every listed match',
    },
  });
});
