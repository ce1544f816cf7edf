/**
 * `node -r ./tools/bench/register.cjs libs/matching/src/eval-losses-cli.ts` — where the engine
 * loses to the BM25 baseline, by class rather than by row. For every held-out set × (with
 * descriptions | titles only) × direction, each query whose first right item (grade ≥ 1) the
 * engine ranks lower than BM25 does is put in one class by comparing the engine's top item
 * (wrong) with BM25's first right item (right):
 *
 * - `own-ai:<note>`: the right item covers at least as much of the query, and its company's own-AI
 *   factor is lower (note: reseller, weak, none, or `low` without a note);
 * - `saturated`: both cover a full fit (the lexical margin is cut off by the cap at 1) and the
 *   boosts decide;
 * - `boost:<signals>`: the right item covers at least as much, the same own-AI factor, and the
 *   wrong one is lifted by the other-field factor, the domain fit, capabilities or evidence;
 * - `lexical`: the engine's own lexical coverage prefers the wrong item (query widening, stop
 *   words, compound words, weighting: what BM25 reads differently);
 * - `lexical:right-unmatched`: as `lexical`, the right item covering under a tenth of a full fit;
 * - `not-ranked`: the engine ranks nothing for the query.
 *
 * Prints the counts by direction, variant and class; EVAL_LOSSES_DETAIL=1 adds one line per query
 * (ids, ranks and the two pairs' figures). EVAL_SKIP leaves sets out as in `npm run eval`.
 */
import { MatchIndex } from './lib/matching.index';
import { MatchingModel } from './lib/matching.model';
import {
  CompanyLookup,
  components,
  pairSums,
  requiredMass,
} from './lib/matching.scoring';
import type { CompanyInput, ScenarioInput } from './lib/matching.types';
import {
  loadEvalData,
  loadHeldoutSets,
  loadSynonymPairs,
} from './lib/eval/eval-data';
import {
  Bm25Baseline,
  companyText,
  heldoutCorpus,
  scenarioText,
  titlesOnly,
  VARIANTS,
} from './lib/eval/slices';

/** Below this share of a full fit the right item counts as unmatched by the engine's words. */
const UNMATCHED = 0.1;
/** Own-AI factors closer than this are equal. */
const AI_EPSILON = 0.01;

interface PairFigures {
  /** Keyword sum over the full fit, uncapped. */
  coverage: number;
  keywords: number;
  capability: number;
  evidence: number;
  domain: number;
  ai: number;
  field: number;
  total: number;
  note: string;
}

function lossClass(wrong: PairFigures, right: PairFigures): string {
  if (right.coverage < wrong.coverage)
    return right.coverage < UNMATCHED ? 'lexical:right-unmatched' : 'lexical';
  if (right.ai < wrong.ai - AI_EPSILON) return `own-ai:${right.note || 'low'}`;
  if (right.keywords >= 1 && wrong.keywords >= 1) return 'saturated';
  const signals = [
    right.field < wrong.field - AI_EPSILON ? 'field' : '',
    Math.max(wrong.domain, 0) > Math.max(right.domain, 0) ? 'domain' : '',
    wrong.capability > right.capability ? 'capability' : '',
    wrong.evidence > right.evidence ? 'evidence' : '',
  ].filter(Boolean);
  return `boost:${signals.join('+') || 'other'}`;
}

function main(): number {
  const detail = process.env['EVAL_LOSSES_DETAIL'] === '1';
  const skip = (process.env['EVAL_SKIP'] ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const data = loadEvalData();
  const model = MatchingModel.fromTaxonomy(data.taxonomy, {
    synonyms: loadSynonymPairs(),
  });
  const counts = new Map<string, number>();
  const f2 = (x: number) => x.toFixed(2);
  const show = (p: PairFigures) =>
    `coverage ${f2(p.coverage)} total ${f2(p.total)} ai ${f2(p.ai)} field ${f2(p.field)} domain ${p.domain} capability ${f2(p.capability)} evidence ${f2(p.evidence)}`;

  for (const h of loadHeldoutSets(skip)) {
    const corpus = heldoutCorpus(h.set, h.name);
    for (const variant of VARIANTS) {
      const scenarios =
        variant === 'titles'
          ? corpus.scenarios.map(titlesOnly)
          : corpus.scenarios;
      model.setCorpus(model.buildCorpus(corpus.companies, scenarios));
      const index = new MatchIndex(model);
      const companyProfiles = corpus.companies.map((c) =>
        model.companyProfile(c),
      );
      const scenarioProfiles = scenarios.map((s) => model.scenarioProfile(s));
      for (const c of companyProfiles) index.upsertCompany(c);
      for (const s of scenarioProfiles) index.upsertScenario(s);
      model.setCorpus(undefined);
      const lookups = new Map(
        companyProfiles.map((p) => [p.id, new CompanyLookup(p)]),
      );
      const profiles = new Map(scenarioProfiles.map((p) => [p.id, p]));
      const grade = (s: string, c: string) =>
        corpus.grades.get(`${s}|${c}`) ?? 0;
      const figures = (s: string, c: string): PairFigures => {
        const scenario = profiles.get(s);
        const company = lookups.get(c);
        if (!scenario || !company) throw new Error(`unknown pair ${s} × ${c}`);
        const sums = pairSums(scenario, company);
        const v = components(
          sums.capability,
          sums.evidence,
          sums.keywords,
          sums.domain,
          sums.cases,
          requiredMass(scenario),
          scenario.lexicalFull,
          company.aiFactor,
        );
        return {
          ...v,
          coverage: sums.keywords / scenario.lexicalFull,
          domain: sums.domain,
          note: company.profile.aiNote ?? '',
        };
      };
      const record = (
        direction: string,
        query: string,
        engineRank: number,
        baseRank: number,
        wrong: [string, string] | undefined,
        right: [string, string],
      ) => {
        const pair = wrong && figures(...wrong);
        const rightPair = figures(...right);
        const cls = pair ? lossClass(pair, rightPair) : 'not-ranked';
        const key = `${direction.padEnd(20)} ${variant.padEnd(10)} ${cls}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (detail) {
          process.stdout.write(
            `${h.name} ${direction} ${variant} ${query}: engine rank ${engineRank || '–'}, BM25 rank ${baseRank} → ${cls}\n`,
          );
          if (wrong && pair)
            process.stdout.write(
              `    engine first ${wrong.join(' × ')}: ${show(pair)}\n`,
            );
          process.stdout.write(
            `    BM25 first right ${right.join(' × ')}: ${show(rightPair)}\n`,
          );
        }
      };

      const companyBaseline = new Bm25Baseline(
        corpus.companies.map((c) => c.id),
        corpus.companies.map(companyText),
      );
      for (const s of scenarios) {
        if (!corpus.companies.some((c) => grade(s.id, c.id) > 0)) continue;
        const engine = index
          .topCompaniesFor(s.id, corpus.companies.length)
          .map((m) => m.id);
        const base = companyBaseline.rank(scenarioText(s));
        const e = engine.findIndex((c) => grade(s.id, c) > 0);
        const b = base.findIndex((c) => grade(s.id, c) > 0);
        if (b < 0 || (e >= 0 && e <= b)) continue;
        record(
          'scenario_to_company',
          s.id,
          e + 1,
          b + 1,
          engine.length ? [s.id, engine[0]] : undefined,
          [s.id, base[b]],
        );
      }
      const scenarioBaseline = new Bm25Baseline(
        scenarios.map((s) => s.id),
        scenarios.map((s: ScenarioInput) => scenarioText(s)),
      );
      for (const c of corpus.companies) {
        if (!scenarios.some((s) => grade(s.id, c.id) > 0)) continue;
        const engine = index
          .topScenariosFor(c.id, scenarios.length)
          .map((m) => m.id);
        const base = scenarioBaseline.rank(companyText(c as CompanyInput));
        const e = engine.findIndex((s) => grade(s, c.id) > 0);
        const b = base.findIndex((s) => grade(s, c.id) > 0);
        if (b < 0 || (e >= 0 && e <= b)) continue;
        record(
          'company_to_scenario',
          c.id,
          e + 1,
          b + 1,
          engine.length ? [engine[0], c.id] : undefined,
          [base[b], c.id],
        );
      }
    }
  }
  process.stdout.write(
    '\nqueries the engine ranks below BM25 (first right item), by class\n',
  );
  for (const key of [...counts.keys()].sort())
    process.stdout.write(`${key.padEnd(60)} ${counts.get(key)}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main();
