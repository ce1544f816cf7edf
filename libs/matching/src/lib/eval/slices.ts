import { Jieba } from '@node-rs/jieba';
import { SCORE_LEVELS, scoreLevel, type ScoreLevel } from '../matching.levels';
import { dict } from '@node-rs/jieba/dict';
import { MatchIndex } from '../matching.index';
import type { MatchingModel } from '../matching.model';
import { companyInputFromDemo, companyInputFromDescribed, type DescribedCompanyRecord } from '../matching.seed-adapters';
import { MIN_KEPT_SCORE } from '../matching.scoring';
import { normaliseText } from '../matching.text';
import type { CompanyInput, CorpusStats, ScenarioInput } from '../matching.types';
import { labelledScenarioInputs, ndcgAt, writtenScenarioInput, type EvalData } from './evaluate';

/**
 * The evaluation by slices: every set × (with descriptions | titles only) × direction, the engine
 * beside a plain BM25 baseline over jieba tokens computed in the same run on the same texts.
 */

/** The held-out set's shape (written by someone who has not seen the engine). */
export interface HeldoutSet {
  version?: number;
  scenarios: Array<{ id: string; title: string; domain: string; agencyName?: string; listStyle?: 'thin' | 'titles' | 'described'; description?: string; painPoints?: string; expectedOutcome?: string }>;
  companies: Array<DescribedCompanyRecord & { decoy?: boolean }>;
  labels: Array<{ scenario: string; company: string; grade: number }>;
}

/** One set ready to evaluate: companies, scenarios, decoys and graded pairs (unlisted pairs are 0). */
export interface EvalCorpus {
  name: string;
  companies: CompanyInput[];
  scenarios: ScenarioInput[];
  decoys: Set<string>;
  grades: Map<string, number>;
}

export type Variant = 'described' | 'titles';
export type Direction = 'scenario_to_company' | 'company_to_scenario';
export const VARIANTS: readonly Variant[] = ['described', 'titles'];
export const DIRECTIONS: readonly Direction[] = ['scenario_to_company', 'company_to_scenario'];

export interface RankingFigures {
  mrr: number;
  ndcg5: number;
  /**
   * Scenario lists whose first three shown companies hold a decoy (scenario → companies only;
   * null the other way). For the engine, "shown" is what the product lists: the pairs the server
   * keeps (score ≥ MIN_KEPT_SCORE) in its order (score desc, then company name). For BM25, every
   * company sharing a token, by BM25 score.
   */
  decoysInTop3: number | null;
  queries: number;
}

export interface SliceResult {
  set: string;
  variant: Variant;
  direction: Direction;
  engine: RankingFigures;
  baseline: RankingFigures;
}

export interface ScoreFigures {
  set: string;
  variant: Variant;
  /** Median engine score of the pairs graded ≥ 2 (the right pairs), and of all graded pairs. */
  rightMedian: number;
  gradedMedian: number;
  rightPairs: number;
  /** Share of scenario × decoy pairs scoring ≤ 30. */
  decoysAtMost30: number;
  decoyPairs: number;
  /** Listed matches (top 10 of each scenario) without a reason. */
  listedWithoutReasons: number;
  /** The kept pairs (score ≥ MIN_KEPT_SCORE) by the level the portal names their score by. */
  levels: Record<ScoreLevel, LevelFigures>;
}

/** Kept pairs of one score level: how many, how many fit (`right`: grade ≥ 2; `anyFit`: ≥ 1), how many are decoys. */
export interface LevelFigures {
  pairs: number;
  right: number;
  anyFit: number;
  decoys: number;
}

export const emptyLevels = (): Record<ScoreLevel, LevelFigures> =>
  Object.fromEntries(SCORE_LEVELS.map(([level]) => [level, { pairs: 0, right: 0, anyFit: 0, decoys: 0 }])) as Record<ScoreLevel, LevelFigures>;

/** Adds one set's level figures to a running total (the eval pools the held-out sets). */
export function addLevels(into: Record<ScoreLevel, LevelFigures>, from: Record<ScoreLevel, LevelFigures>): void {
  for (const [level] of SCORE_LEVELS) for (const k of ['pairs', 'right', 'anyFit', 'decoys'] as const) into[level][k] += from[level][k];
}

const key = (scenario: string, company: string) => `${scenario}|${company}`;

export function labelledCorpus(data: EvalData): EvalCorpus {
  const inputs = labelledScenarioInputs(data);
  const grades = new Map<string, number>();
  for (const j of data.labelled.scenarioJudgements) for (const [c, g] of Object.entries(j.relevant)) grades.set(key(j.scenario, c), g);
  return {
    name: 'labelled',
    companies: data.enterprises.map((e) => companyInputFromDemo(e)),
    scenarios: [...inputs.thin, ...inputs.rich],
    decoys: new Set(data.enterprises.filter((e) => e.decoy).map((e) => e.key)),
    grades,
  };
}

export function heldoutCorpus(set: HeldoutSet, name = 'heldout'): EvalCorpus {
  // A decoy is by its writer's word no fit for any scenario: a label it carries (grade 1, "shares
  // the words, does not fit") counts as 0, so that a ranker listing decoys first is not credited
  // with a hit. Sets 5 and 6 label their decoys' pairs so (8 and 61 pairs); the earlier sets do not.
  const decoys = new Set(set.companies.filter((c) => c.decoy).map((c) => c.id));
  const grades = new Map<string, number>();
  for (const l of set.labels) if (!decoys.has(l.company)) grades.set(key(l.scenario, l.company), l.grade);
  return {
    name,
    companies: set.companies.map((c) => companyInputFromDescribed(c)),
    scenarios: set.scenarios.map((s) => writtenScenarioInput(s)),
    decoys,
    grades,
  };
}

/** What a published list carries: title, domain and unit; description, pain points, outcome and stated capabilities go (hard requirements stay). */
export function titlesOnly(s: ScenarioInput): ScenarioInput {
  return { id: s.id, title: s.title, domainCode: s.domainCode, agencyName: s.agencyName, requirements: s.requirements };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round4 = (x: number) => Math.round(x * 10000) / 10000;
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** MRR and nDCG@5 of ranked id lists, and decoys in the top 3 of the lists as shown (`shown`, else `ranked`). */
function figures(rankings: Array<{ ranked: string[]; shown?: string[]; gradeOf: (id: string) => number; all: number[] }>, decoys: Set<string> | null): RankingFigures {
  const rr: number[] = [];
  const ndcg: number[] = [];
  let decoyQueries = 0;
  for (const r of rankings) {
    const grades = r.ranked.map(r.gradeOf);
    const first = grades.findIndex((g) => g > 0);
    rr.push(first < 0 ? 0 : 1 / (first + 1));
    ndcg.push(ndcgAt(5, grades, r.all));
    if (decoys && (r.shown ?? r.ranked).slice(0, 3).some((id) => decoys.has(id))) decoyQueries++;
  }
  return { mrr: round4(mean(rr)), ndcg5: round4(mean(ndcg)), decoysInTop3: decoys ? decoyQueries : null, queries: rankings.length };
}

/** The queries of a corpus: scenarios with a relevant company, companies with a relevant scenario. */
function queries(corpus: EvalCorpus, scenarios: ScenarioInput[]) {
  const s2c = new Map<string, number[]>();
  const c2s = new Map<string, number[]>();
  const ids = new Set(scenarios.map((s) => s.id));
  for (const [k, g] of corpus.grades) {
    const [s, c] = k.split('|');
    if (g <= 0 || !ids.has(s)) continue;
    s2c.set(s, [...(s2c.get(s) ?? []), g]);
    c2s.set(c, [...(c2s.get(c) ?? []), g]);
  }
  return { s2c, c2s };
}

/**
 * Plain Okapi BM25 (k1 1.2, b 0.75) over jieba's precise-mode tokens with jieba's own dictionary:
 * no stop words, no taxonomy, no bigrams. The bar the engine must clear.
 */
export class Bm25Baseline {
  private static jieba?: Jieba;
  private readonly docs: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly df = new Map<string, number>();
  private readonly avg: number;

  constructor(
    private readonly ids: string[],
    texts: string[],
  ) {
    this.docs = texts.map((t) => counts(Bm25Baseline.tokens(t)));
    this.lengths = this.docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
    this.avg = mean(this.lengths) || 1;
    for (const d of this.docs) for (const t of d.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  static tokens(text: string): string[] {
    Bm25Baseline.jieba ??= Jieba.withDict(dict);
    return Bm25Baseline.jieba.cut(normaliseText(text), false).filter((w) => /[\p{Script=Han}a-z0-9]/u.test(w));
  }

  /**
   * Ids by BM25 score desc (then id); documents sharing no token are not ranked. `ranked`: the
   * positions (in `ids`) of the documents to rank, default all; the others count only in the idf
   * and mean length. Positions, not ids: another set's company may carry the same id.
   */
  rank(query: string, ranked?: ReadonlySet<number>): string[] {
    const q = counts(Bm25Baseline.tokens(query));
    const n = this.docs.length;
    const scored: Array<[string, number]> = [];
    this.docs.forEach((d, i) => {
      if (ranked && !ranked.has(i)) return;
      let score = 0;
      for (const [t, qtf] of q) {
        const tf = d.get(t);
        if (!tf) continue;
        const df = this.df.get(t) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += qtf * idf * ((tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * this.lengths[i]) / this.avg)));
      }
      if (score > 0) scored.push([this.ids[i], score]);
    });
    return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  }
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function companyText(c: CompanyInput): string {
  return [c.introduction, (c.tags ?? []).join(' '), ...c.products.flatMap((p) => [p.name, p.description, ...p.cases]), ...c.cases.map((k) => k.text)].filter(Boolean).join('\n');
}

export function scenarioText(s: ScenarioInput): string {
  return [s.title, s.domainCode, s.agencyName, s.description, s.painPoints, s.expectedOutcome].filter(Boolean).join('\n');
}

/**
 * The texts a platform holds beside one set: their corpus statistics (document frequencies, term
 * associations, BM25's idf and mean length) are computed over them, while only the set's own
 * companies and scenarios are ranked. What a platform with many more companies and scenarios
 * than one set computes from its data (`EVAL_CORPUS=platform`).
 */
export interface BackgroundTexts {
  companies: CompanyInput[];
  /** With descriptions; the titles-only variant strips them as it does the set's own. */
  scenarios: ScenarioInput[];
}

/** What a variant's statistics over the background are: made once, shared by every set evaluated against it. */
interface BackgroundStats {
  model: MatchingModel;
  corpus: CorpusStats;
  companies: Bm25Baseline;
  scenarios: Bm25Baseline;
}
const backgroundStats = new WeakMap<BackgroundTexts, Map<Variant, BackgroundStats>>();

function statsOf(model: MatchingModel, background: BackgroundTexts, variant: Variant): BackgroundStats {
  let byVariant = backgroundStats.get(background);
  if (!byVariant) backgroundStats.set(background, (byVariant = new Map()));
  let stats = byVariant.get(variant);
  if (stats?.model !== model) {
    const scenarios = variant === 'titles' ? background.scenarios.map(titlesOnly) : background.scenarios;
    stats = {
      model,
      corpus: model.buildCorpus(background.companies, scenarios),
      companies: new Bm25Baseline(background.companies.map((c) => c.id), background.companies.map(companyText)),
      scenarios: new Bm25Baseline(scenarios.map((s) => s.id), scenarios.map(scenarioText)),
    };
    byVariant.set(variant, stats);
  }
  return stats;
}

/**
 * Evaluates one set in one variant: the engine (with corpus statistics of this slice's own texts,
 * as the worker computes them from the platform's data, or of `background` when given) and the
 * baseline (idf from the same texts), both directions, and the score figures (calibration).
 */
export function evaluateCorpus(model: MatchingModel, corpus: EvalCorpus, variant: Variant, background?: BackgroundTexts): { slices: SliceResult[]; scores: ScoreFigures } {
  const scenarios = variant === 'titles' ? corpus.scenarios.map(titlesOnly) : corpus.scenarios;
  const shared = background ? statsOf(model, background, variant) : undefined;
  model.setCorpus(shared?.corpus ?? model.buildCorpus(corpus.companies, scenarios));
  const index = new MatchIndex(model);
  const companyProfiles = corpus.companies.map((c) => model.companyProfile(c));
  for (const c of companyProfiles) index.upsertCompany(c);
  for (const s of scenarios) index.upsertScenario(model.scenarioProfile(s));
  model.setCorpus(undefined);

  const gradeOf = (s: string, c: string) => corpus.grades.get(key(s, c)) ?? 0;
  const { s2c, c2s } = queries(corpus, scenarios);
  // BM25 over the same texts as the engine's statistics, ranking only the set's own documents (by
  // position: the background holds the set's own objects, and other sets reuse some company ids).
  const positions = <T>(all: readonly T[], own: readonly T[]) => {
    const mine = new Set(own);
    return new Set(all.flatMap((x, i) => (mine.has(x) ? [i] : [])));
  };
  const companyBaseline = shared?.companies ?? new Bm25Baseline(corpus.companies.map((c) => c.id), corpus.companies.map(companyText));
  const scenarioBaseline = shared?.scenarios ?? new Bm25Baseline(scenarios.map((s) => s.id), scenarios.map(scenarioText));
  const ownCompanies = background ? positions(background.companies, corpus.companies) : undefined;
  const ownScenarios = background ? positions(background.scenarios, corpus.scenarios) : undefined;
  const scenarioById = new Map(scenarios.map((s) => [s.id, s]));
  const companyById = new Map(corpus.companies.map((c) => [c.id, c]));

  const nameOf = new Map(corpus.companies.map((c) => [c.id, c.name || c.id]));
  // Every scenario's full ranking, once: the s2c figures, the reasons check and the score levels read it.
  const rankings = new Map(scenarios.map((s) => [s.id, index.topCompaniesFor(s.id, corpus.companies.length)]));
  const engineS2c = [...s2c].map(([s, all]) => {
    const matches = rankings.get(s) ?? [];
    return { ranked: matches.map((m) => m.id), shown: shownList(matches, nameOf), gradeOf: (c: string) => gradeOf(s, c), all };
  });
  const baseS2c = [...s2c].map(([s, all]) => ({ ranked: companyBaseline.rank(scenarioText(scenarioById.get(s) as ScenarioInput), ownCompanies), gradeOf: (c: string) => gradeOf(s, c), all }));
  const engineC2s = [...c2s].map(([c, all]) => ({ ranked: index.topScenariosFor(c, scenarios.length).map((m) => m.id), gradeOf: (s: string) => gradeOf(s, c), all }));
  const baseC2s = [...c2s].map(([c, all]) => ({ ranked: scenarioBaseline.rank(companyText(companyById.get(c) as CompanyInput), ownScenarios), gradeOf: (s: string) => gradeOf(s, c), all }));

  const slices: SliceResult[] = [
    { set: corpus.name, variant, direction: 'scenario_to_company', engine: figures(engineS2c, corpus.decoys), baseline: figures(baseS2c, corpus.decoys) },
    { set: corpus.name, variant, direction: 'company_to_scenario', engine: figures(engineC2s, null), baseline: figures(baseC2s, null) },
  ];

  const right: number[] = [];
  const graded: number[] = [];
  const decoyScores: number[] = [];
  for (const s of scenarios) {
    for (const c of corpus.companies) {
      const g = gradeOf(s.id, c.id);
      const isDecoy = corpus.decoys.has(c.id);
      if (g <= 0 && !isDecoy) continue;
      const score = index.explain(s.id, c.id).score;
      if (g > 0) graded.push(score);
      if (g >= 2) right.push(score);
      if (isDecoy) decoyScores.push(score);
    }
  }
  let listedWithoutReasons = 0;
  // The top 10 of the full ranking is topCompaniesFor(s, 10): same order (score desc, then id), same reasons.
  for (const s of scenarios) for (const m of (rankings.get(s.id) ?? []).slice(0, 10)) if (!m.reasons.length) listedWithoutReasons++;
  // Calibration: of the pairs the platform keeps and lists, how many fit at each level the portal names.
  const levels = emptyLevels();
  for (const s of scenarios) {
    for (const m of rankings.get(s.id) ?? []) {
      if (m.score < MIN_KEPT_SCORE) continue;
      const figures = levels[scoreLevel(m.score)];
      const g = gradeOf(s.id, m.id);
      figures.pairs++;
      if (g >= 2) figures.right++;
      if (g >= 1) figures.anyFit++;
      if (corpus.decoys.has(m.id)) figures.decoys++;
    }
  }
  return {
    slices,
    scores: {
      set: corpus.name,
      variant,
      rightMedian: median(right),
      gradedMedian: median(graded),
      rightPairs: right.length,
      decoysAtMost30: round4(decoyScores.length ? decoyScores.filter((x) => x <= 30).length / decoyScores.length : 1),
      decoyPairs: decoyScores.length,
      listedWithoutReasons,
      levels,
    },
  };
}

/**
 * A scenario's companies as the agency's 匹配企业 list shows them: the pairs the server keeps
 * (score ≥ MIN_KEPT_SCORE), by score desc, then company name (the list's SQL order).
 */
export function shownList(matches: Array<{ id: string; score: number }>, nameOf: Map<string, string>): string[] {
  const name = (id: string) => nameOf.get(id) ?? id;
  return matches
    .filter((m) => m.score >= MIN_KEPT_SCORE)
    .sort((a, b) => b.score - a.score || (name(a.id) < name(b.id) ? -1 : name(a.id) > name(b.id) ? 1 : 0))
    .map((m) => m.id);
}

/** Slices where the engine is below the baseline (MRR or nDCG@5). */
export function belowBaseline(slices: SliceResult[]): SliceResult[] {
  return slices.filter((s) => s.engine.mrr < s.baseline.mrr || s.engine.ndcg5 < s.baseline.ndcg5);
}
