/**
 * `node -r ./tools/bench/register.cjs libs/matching/src/eval-cli.ts` — evaluates matching on the
 * labelled set and prints one JSON line per figure:
 * {"eval":"matching","metric":"mrr_scenario_to_company","value":0.9,"set":"all"}
 * SEEDS_DATA overrides the seed directory (default `seeds/data` under the working directory).
 * EVAL_VERBOSE=1 also prints each query's first relevant rank and top five to stderr.
 * Exits 1 when the labelled set is inconsistent or an MRR on the `all` set falls below 0.8.
 */
import { checkLabelledSet, evaluateMatching, labelledScenarioInputs } from './lib/eval/evaluate';
import { loadEvalData } from './lib/eval/eval-data';

export const MRR_FLOOR = 0.8;

function main(): number {
  const data = loadEvalData();
  const inputs = labelledScenarioInputs(data);
  const problems = checkLabelledSet(
    data.labelled,
    data.enterprises.map((e) => e.key),
    [...inputs.thin, ...inputs.rich].map((s) => s.id),
  );
  for (const p of problems) process.stderr.write(`labelled set: ${p}\n`);
  if (problems.length) return 1;

  const started = performance.now();
  const result = evaluateMatching(data);
  for (const m of result.metrics) process.stdout.write(`${JSON.stringify({ eval: 'matching', metric: m.metric, value: m.value, set: m.set })}\n`);
  process.stdout.write(`${JSON.stringify({ eval: 'matching', metric: 'eval_ms', value: Math.round(performance.now() - started), set: 'all' })}\n`);
  if (process.env['EVAL_VERBOSE']) {
    for (const q of result.queries) {
      process.stderr.write(`${q.set}\t${q.direction}\t${q.query}\trank=${q.firstRelevantRank}\tndcg5=${q.ndcg5}\t${q.top.map((t) => `${t.id}:${t.score}/${t.grade}`).join(' ')}\n`);
    }
  }
  const floor = result.metrics.filter((m) => m.set === 'all' && m.metric.startsWith('mrr_') && m.value < MRR_FLOOR);
  for (const m of floor) process.stderr.write(`${m.metric} ${m.value} is below ${MRR_FLOOR}\n`);
  return floor.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
