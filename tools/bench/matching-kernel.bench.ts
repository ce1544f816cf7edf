/**
 * Matching kernel at district scale: 3,000 synthetic companies × 1,003 scenarios generated from
 * the taxonomy (deterministic), scored through the inverted index on one core. One JSON line
 * per figure. BENCH_COMPANIES / BENCH_SCENARIOS change the sizes.
 */
import { MatchIndex, MatchingModel, syntheticCatalogue, type MatchingTaxonomy } from '@scenematch/matching';
import { emit, readTaxonomy } from './bench-kit';

const COMPANIES = Number(process.env['BENCH_COMPANIES'] ?? 3000);
const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 1003);
const TOP_K = 10;

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

function main(): void {
  const taxonomy = readTaxonomy<MatchingTaxonomy>();
  const [model, modelMs] = time(() => MatchingModel.fromTaxonomy(taxonomy));
  const { companies, scenarios } = syntheticCatalogue(taxonomy, { companies: COMPANIES, scenarios: SCENARIOS, seed: 2025 });
  const [companyProfiles, companyProfileMs] = time(() => companies.map((c) => model.companyProfile(c)));
  const [scenarioProfiles, scenarioProfileMs] = time(() => scenarios.map((s) => model.scenarioProfile(s)));

  const [index, buildMs] = time(() => {
    const built = new MatchIndex(model);
    for (const p of companyProfiles) built.upsertCompany(p);
    for (const p of scenarioProfiles) built.upsertScenario(p);
    return built;
  });

  // Warm-up (JIT), then the measured runs: the bare kernel (scores and top k) and the full run with reasons.
  let sink = 0;
  index.scoreAll((_, top) => (sink += top.length), TOP_K, { reasons: false });
  // Seven runs: the median is the figure; the best shows the kernel without interference from
  // other processes on a shared machine.
  const kernelRuns: number[] = [];
  for (let i = 0; i < 7; i++) kernelRuns.push(time(() => index.scoreAll((_, top) => (sink += top.length), TOP_K, { reasons: false }))[1]);
  kernelRuns.sort((a, b) => a - b);
  const kernelMs = kernelRuns[3];
  const bestMs = kernelRuns[0];
  const stats = index.lastStats;
  const [, fullMs] = time(() => index.scoreAll((_, top) => (sink += top.length), TOP_K));
  const [, oneScenarioMs] = time(() => {
    for (let i = 0; i < 100; i++) index.topCompaniesFor(scenarioProfiles[i].id, TOP_K);
  });
  const [, oneCompanyMs] = time(() => {
    for (let i = 0; i < 100; i++) index.topScenariosFor(companyProfiles[i].id, TOP_K);
  });
  if (sink < 0) process.stderr.write('unreachable\n');

  const pairs = stats.scenarios * stats.companies;
  emit('matching', 'companies', stats.companies, 'companies');
  emit('matching', 'scenarios', stats.scenarios, 'scenarios');
  emit('matching', 'model_build_ms', modelMs, 'ms');
  emit('matching', 'company_profiles_ms', companyProfileMs, 'ms');
  emit('matching', 'scenario_profiles_ms', scenarioProfileMs, 'ms');
  emit('matching', 'index_build_ms', buildMs, 'ms');
  emit('matching', 'score_all_kernel_ms', kernelMs, 'ms');
  emit('matching', 'kernel_pairs_per_s', pairs / (kernelMs / 1000), 'pairs/s');
  emit('matching', 'kernel_pairs_per_s_best', pairs / (bestMs / 1000), 'pairs/s');
  emit('matching', 'candidate_pairs', stats.candidatePairs, 'pairs');
  emit('matching', 'candidate_pairs_per_s', stats.candidatePairs / (kernelMs / 1000), 'pairs/s');
  emit('matching', 'candidate_pairs_per_s_best', stats.candidatePairs / (bestMs / 1000), 'pairs/s');
  emit('matching', 'postings_per_s', stats.postingsVisited / (kernelMs / 1000), 'postings/s');
  emit('matching', 'score_all_ms', fullMs, 'ms');
  emit('matching', 'score_all_pairs_per_s', pairs / (fullMs / 1000), 'pairs/s');
  emit('matching', 'top_companies_for_ms', oneScenarioMs / 100, 'ms');
  emit('matching', 'top_scenarios_for_ms', oneCompanyMs / 100, 'ms');
}

main();
