import { loadEvalData, loadSynonymPairs } from '../lib/eval/eval-data';
import type { EvalData } from '../lib/eval/evaluate';
import { MatchingModel } from '../lib/matching.model';

let cached: { data: EvalData; model: MatchingModel } | undefined;

/** The seed files, the labelled set and one model, shared by the tests of a file. */
export function fixtures(): { data: EvalData; model: MatchingModel } {
  if (!cached) {
    const data = loadEvalData();
    cached = { data, model: MatchingModel.fromTaxonomy(data.taxonomy, { synonyms: loadSynonymPairs() }) };
  }
  return cached;
}
