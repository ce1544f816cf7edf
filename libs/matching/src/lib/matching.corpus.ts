import { MatchingTokenizer } from './matching.tokenizer';
import type { CorpusStats } from './matching.types';

/** Associations kept per word, and the words of a document that take part in them. */
export const ASSOCIATIONS_PER_TERM = 8;
export const ASSOCIATION_DOC_TERMS = 30;

/** One document's word and bigram counts (a Map, or any pairs of distinct terms and counts). */
export type TermCountsDocument = Iterable<readonly [string, number]>;

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const byWeightThenKey = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Corpus statistics from the documents' term counts: document frequencies of every word and
 * bigram, and for each word the words that most often share a document with it (conditional
 * co-occurrence × idf, over each document's ASSOCIATION_DOC_TERMS most telling words).
 *
 * Terms become small integer ids and the co-occurrences are counted one word at a time in a
 * dense counter (from the documents that word is telling in), so a catalogue of tens of
 * thousands of documents needs neither a map per word pair nor a map per document. The numbers
 * and their order are those of counting every pair in maps.
 */
export function corpusStatsFromCounts(docs: Iterable<TermCountsDocument>): CorpusStats {
  const idOf = new Map<string, number>();
  const termOf: string[] = [];
  let df = new Int32Array(1024);
  // Each document as term ids and counts, laid end to end.
  let docTerms = new Int32Array(4096);
  let docCounts = new Float64Array(4096);
  const docStart: number[] = [0];
  let size = 0;
  for (const doc of docs) {
    for (const [term, count] of doc) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = termOf.length;
        idOf.set(term, id);
        termOf.push(term);
        if (id === df.length) df = grow(df, new Int32Array(df.length * 2));
      }
      df[id]++;
      if (size === docTerms.length) {
        docTerms = grow(docTerms, new Int32Array(size * 2));
        docCounts = grow(docCounts, new Float64Array(size * 2));
      }
      docTerms[size] = id;
      docCounts[size] = count;
      size++;
    }
    docStart.push(size);
  }
  const n = docStart.length - 1;
  const terms = termOf.length;
  const idf = new Float64Array(terms);
  const candidate = new Uint8Array(terms);
  for (let id = 0; id < terms; id++) {
    idf[id] = Math.log(1 + (n - df[id] + 0.5) / (df[id] + 0.5));
    candidate[id] = !MatchingTokenizer.isBigram(termOf[id]) && df[id] >= 2 ? 1 : 0;
  }

  // Each document's most telling words (by (1 + log tf) × idf, then key), laid end to end.
  const telling = new Int32Array(Math.min(size, n * ASSOCIATION_DOC_TERMS));
  const tellingStart = new Int32Array(n + 1);
  let kept = 0;
  const words: Array<[string, number]> = [];
  const wordIds: number[] = [];
  for (let d = 0; d < n; d++) {
    words.length = 0;
    wordIds.length = 0;
    for (let i = docStart[d]; i < docStart[d + 1]; i++) {
      const id = docTerms[i];
      if (!candidate[id]) continue;
      words.push([termOf[id], (1 + Math.log(docCounts[i])) * idf[id]]);
    }
    words.sort(byWeightThenKey);
    for (let i = 0; i < words.length && i < ASSOCIATION_DOC_TERMS; i++) telling[kept++] = idOf.get(words[i][0]) as number;
    tellingStart[d + 1] = kept;
  }

  // The documents each word is telling in (by word id, laid end to end).
  const inStart = new Int32Array(terms + 1);
  for (let i = 0; i < kept; i++) inStart[telling[i] + 1]++;
  for (let id = 0; id < terms; id++) inStart[id + 1] += inStart[id];
  const inDocs = new Int32Array(kept);
  const fill = inStart.slice(0, terms);
  for (let d = 0; d < n; d++) for (let i = tellingStart[d]; i < tellingStart[d + 1]; i++) inDocs[fill[telling[i]]++] = d;

  const maxIdf = Math.log(1 + (n - 1 + 0.5) / 1.5) || 1;
  const associations: Record<string, Array<[string, number]>> = {};
  const together = new Int32Array(terms);
  const touched: number[] = [];
  const sources: number[] = [];
  for (let id = 0; id < terms; id++) if (inStart[id + 1] > inStart[id]) sources.push(id);
  sources.sort((x, y) => (termOf[x] < termOf[y] ? -1 : 1));
  for (const a of sources) {
    touched.length = 0;
    for (let j = inStart[a]; j < inStart[a + 1]; j++) {
      const d = inDocs[j];
      for (let i = tellingStart[d]; i < tellingStart[d + 1]; i++) {
        const b = telling[i];
        if (b === a) continue;
        if (together[b]++ === 0) touched.push(b);
      }
    }
    const dfa = df[a];
    const ranked: Array<[string, number]> = [];
    for (const b of touched) {
      // Two shared documents at least: one document is an anecdote, not an association.
      if (together[b] >= 2) ranked.push([termOf[b], round((together[b] / dfa) * (idf[b] / maxIdf))]);
      together[b] = 0;
    }
    if (!ranked.length) continue;
    ranked.sort(byWeightThenKey);
    associations[termOf[a]] = ranked.slice(0, ASSOCIATIONS_PER_TERM);
  }

  const frequent: number[] = [];
  for (let id = 0; id < terms; id++) if (df[id] >= 2) frequent.push(id);
  frequent.sort((x, y) => (termOf[x] < termOf[y] ? -1 : 1));
  const dfRecord: Record<string, number> = {};
  for (const id of frequent) dfRecord[termOf[id]] = df[id];
  return { documents: n, df: dfRecord, associations };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
