/**
 * `npm run eval` — evaluates matching on the labelled set and the frozen held-out sets, slice by
 * slice (set × with descriptions / titles only × direction), beside a plain BM25 baseline over
 * jieba tokens computed in the same run. Prints a table and one JSON line per figure:
 * {"eval":"matching","set":"heldout","variant":"titles","direction":"scenario_to_company","ranker":"engine","metric":"mrr","value":0.9}
 * Exits 1 when the labelled set is inconsistent, the held-out file does not match its recorded
 * SHA-256, or the engine is below the baseline on any slice (MRR or nDCG@5).
 * Decoys in the top 3 are counted on the lists a user sees: the engine's pairs the server keeps
 * (score ≥ MIN_KEPT_SCORE) in the product's order.
 * SEEDS_DATA overrides the seed directory. EVAL_SKIP=heldout3 (names separated by commas) leaves
 * those held-out sets out, unread and unprinted: a set that judges a change is not looked at
 * while the change is being made.
 */
import { basename } from 'node:path';
import { MatchingModel } from './lib/matching.model';
import { checkLabelledSet, labelledScenarioInputs } from './lib/eval/evaluate';
import { loadEvalData, loadHeldoutSets, loadSynonymPairs } from './lib/eval/eval-data';
import { MIN_KEPT_SCORE } from './lib/matching.scoring';
import { SCORE_LEVELS } from './lib/matching.levels';
import { addLevels, belowBaseline, emptyLevels, evaluateCorpus, heldoutCorpus, labelledCorpus, VARIANTS, type EvalCorpus, type ScoreFigures, type SliceResult } from './lib/eval/slices';

const line = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ eval: 'matching', ...o })}\n`);
const f3 = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));

function main(): number {
  const started = performance.now();
  const data = loadEvalData();
  const inputs = labelledScenarioInputs(data);
  const problems = checkLabelledSet(
    data.labelled,
    data.enterprises.map((e) => e.key),
    [...inputs.thin, ...inputs.rich].map((s) => s.id),
  );
  for (const p of problems) process.stderr.write(`labelled set: ${p}\n`);
  if (problems.length) return 1;

  const model = MatchingModel.fromTaxonomy(data.taxonomy, { synonyms: loadSynonymPairs() });
  const corpora: EvalCorpus[] = [labelledCorpus(data)];
  const skip = (process.env['EVAL_SKIP'] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const heldout = loadHeldoutSets(skip);
  for (const name of skip) process.stdout.write(`held-out set ${name}: left out (EVAL_SKIP)\n`);
  for (const h of heldout) {
    process.stdout.write(`held-out set ${h.name}: ${basename(h.file)} sha256 ${h.sha256}\n`);
    line({ set: h.name, metric: 'sha256', value: h.sha256 });
    corpora.push(heldoutCorpus(h.set, h.name));
  }
  if (!heldout.length) process.stdout.write('held-out sets: not present\n');

  // EVAL_CORPUS=platform: each set's statistics (the engine's and BM25's) come from the texts of
  // every set evaluated, as on a platform holding them all; only the set's own items are ranked.
  const platform = process.env['EVAL_CORPUS'] === 'platform';
  const background = platform ? { companies: corpora.flatMap((c) => c.companies), scenarios: corpora.flatMap((c) => c.scenarios) } : undefined;
  if (background) process.stdout.write(`corpus statistics: the texts of every set evaluated (${background.companies.length} companies, ${background.scenarios.length} scenarios), for the engine and BM25 alike\n`);
  line({ set: 'all', metric: 'corpus_documents', value: background ? background.companies.length + background.scenarios.length : 0 });
  const slices: SliceResult[] = [];
  const scores: ScoreFigures[] = [];
  for (const corpus of corpora) {
    for (const variant of VARIANTS) {
      const result = evaluateCorpus(model, corpus, variant, background);
      slices.push(...result.slices);
      scores.push(result.scores);
    }
  }

  process.stdout.write(
    `\ndecoys@3: scenario lists with a decoy among the first three companies shown. Engine: as the product lists them (pairs kept at score ≥ ${MIN_KEPT_SCORE}, by score, then name). BM25: every company sharing a token, by BM25 score.\n`,
  );
  line({ set: 'all', metric: 'min_kept_score', value: MIN_KEPT_SCORE });
  process.stdout.write('set       variant    direction  | engine MRR nDCG@5 decoys@3 | BM25 MRR nDCG@5 decoys@3 | queries\n');
  for (const s of slices) {
    const dir = s.direction === 'scenario_to_company' ? 'scen→comp' : 'comp→scen';
    process.stdout.write(
      `${s.set.padEnd(9)} ${s.variant.padEnd(10)} ${dir.padEnd(10)} |     ${f3(s.engine.mrr)}  ${f3(s.engine.ndcg5)}   ${String(s.engine.decoysInTop3 ?? '–').padStart(3)}    |   ${f3(s.baseline.mrr)}  ${f3(s.baseline.ndcg5)}   ${String(s.baseline.decoysInTop3 ?? '–').padStart(3)}    | ${s.engine.queries}\n`,
    );
    for (const ranker of ['engine', 'baseline'] as const) {
      const figures = s[ranker];
      line({ set: s.set, variant: s.variant, direction: s.direction, ranker, metric: 'mrr', value: figures.mrr });
      line({ set: s.set, variant: s.variant, direction: s.direction, ranker, metric: 'ndcg5', value: figures.ndcg5 });
      if (figures.decoysInTop3 !== null) line({ set: s.set, variant: s.variant, direction: s.direction, ranker, metric: 'decoys_in_top3', value: figures.decoysInTop3 });
    }
  }
  process.stdout.write('\nset       variant    | right pairs (grade ≥ 2) median | all graded median | decoy pairs ≤ 30 | listed without reasons\n');
  for (const s of scores) {
    process.stdout.write(`${s.set.padEnd(9)} ${s.variant.padEnd(10)} | ${String(s.rightMedian).padStart(5)} (${s.rightPairs})`.padEnd(54) + `| ${String(s.gradedMedian).padStart(5)}             | ${(s.decoysAtMost30 * 100).toFixed(1).padStart(5)} % of ${s.decoyPairs}   | ${s.listedWithoutReasons}\n`);
    line({ set: s.set, variant: s.variant, metric: 'right_pairs_median_score', value: s.rightMedian });
    line({ set: s.set, variant: s.variant, metric: 'graded_pairs_median_score', value: s.gradedMedian });
    line({ set: s.set, variant: s.variant, metric: 'decoy_pairs_at_most_30', value: s.decoysAtMost30 });
    line({ set: s.set, variant: s.variant, metric: 'listed_without_reasons', value: s.listedWithoutReasons });
  }
  // Calibration over every held-out set and both variants: what a level's score promises.
  const pooled = emptyLevels();
  for (const s of scores) if (s.set !== 'labelled') addLevels(pooled, s.levels);
  process.stdout.write('\nheld-out sets pooled, pairs the platform keeps (score ≥ ' + MIN_KEPT_SCORE + ') by the level the portal names | pairs | fit (grade ≥ 2) | any fit (≥ 1) | decoys\n');
  for (const [level, min] of SCORE_LEVELS) {
    const f = pooled[level];
    const share = (n: number) => (f.pairs ? n / f.pairs : 0);
    process.stdout.write(`${level.padEnd(5)} (≥ ${String(min).padStart(2)}) | ${String(f.pairs).padStart(5)} | ${(share(f.right) * 100).toFixed(1).padStart(5)} % | ${(share(f.anyFit) * 100).toFixed(1).padStart(5)} % | ${(share(f.decoys) * 100).toFixed(1).padStart(5)} %\n`);
    line({ set: 'heldout-pooled', level, metric: 'level_pairs', value: f.pairs });
    line({ set: 'heldout-pooled', level, metric: 'level_fit_share', value: Math.round(share(f.right) * 10000) / 10000 });
    line({ set: 'heldout-pooled', level, metric: 'level_decoy_share', value: Math.round(share(f.decoys) * 10000) / 10000 });
  }
  line({ set: 'all', metric: 'eval_ms', value: Math.round(performance.now() - started) });

  const below = belowBaseline(slices);
  for (const s of below) process.stderr.write(`engine below BM25 on ${s.set}/${s.variant}/${s.direction}: MRR ${s.engine.mrr} vs ${s.baseline.mrr}, nDCG@5 ${s.engine.ndcg5} vs ${s.baseline.ndcg5}\n`);
  return below.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
