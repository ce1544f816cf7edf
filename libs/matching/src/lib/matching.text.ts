/**
 * The script-level half of the one text pipeline that search and matching share: width folding,
 * case folding, and splitting a text into runs of Han characters and runs of Latin letters and
 * digits, so that "多语种AI导游导览" yields the runs 多语种 · ai · 导游导览 and never the bigram "种a".
 * Search indexes Han bigrams and Latin/digit tokens of these runs; matching adds jieba words on top.
 */

/** Unicode NFKC (full-width → half-width: ＡＩ → AI, １２３４５ → 12345), lower case. */
export function normaliseText(text: string | undefined | null): string {
  return (text ?? '').normalize('NFKC').toLowerCase();
}

const RUN = /(\p{Script=Han}+)|([a-z0-9]+)/gu;

export interface ScriptRuns {
  /** Maximal runs of Han characters, in order. */
  han: string[];
  /** Maximal runs of ASCII letters and digits, case-folded (ai, ct, 5g, 12345, 3d), in order. */
  latin: string[];
}

/** Splits a (normalised here) text into Han runs and Latin/digit runs; everything else separates. */
export function scriptRuns(text: string | undefined | null): ScriptRuns {
  const out: ScriptRuns = { han: [], latin: [] };
  for (const match of normaliseText(text).matchAll(RUN)) {
    if (match[1]) out.han.push(match[1]);
    else if (match[2]) out.latin.push(match[2]);
  }
  return out;
}

/** Overlapping character bigrams of one Han run; a one-character run yields itself. */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * The terms a search index holds for a text: the bigrams of each Han run (a one-character run as
 * itself) and each Latin/digit token, case-folded ("多语种AI导游导览" → 多语 语种 导游 游导 导览 ai),
 * each once. A text holds a term exactly when the term occurs in it under these rules, so a query
 * can be answered from the terms alone.
 */
export function searchTerms(text: string | undefined | null): string[] {
  const out = new Set<string>();
  const runs = scriptRuns(text);
  for (const run of runs.han) for (const bigram of hanBigrams(run)) out.add(bigram);
  for (const token of runs.latin) out.add(token);
  return [...out];
}

export interface SearchQuery {
  /** Index terms every hit holds (Han bigrams, Latin/digit tokens): answered by the index. */
  terms: string[];
  /**
   * Han characters typed alone ("车"): a hit holds the character anywhere in its text, inside a
   * longer run too, which no bigram term can say; they narrow what the index found.
   */
  chars: string[];
}

/**
 * What a search box entry asks for, by the same rules as `searchTerms`: a text matches when it holds
 * every term and contains every lone character. `3D数字人` asks for 3d · 数字 · 字人; `ＡＩ` for ai.
 */
export function searchQuery(query: string | undefined | null): SearchQuery {
  const terms = new Set<string>();
  const chars = new Set<string>();
  const runs = scriptRuns(query);
  for (const run of runs.han) {
    if ([...run].length === 1) chars.add(run);
    else for (const bigram of hanBigrams(run)) terms.add(bigram);
  }
  for (const token of runs.latin) terms.add(token);
  return { terms: [...terms], chars: [...chars] };
}

/** Whether a search query finds a text, by the rules the database applies (for tests and callers without SQL). */
export function matchesSearch(text: string | undefined | null, query: SearchQuery): boolean {
  if (!query.terms.length && !query.chars.length) return true;
  const held = new Set(searchTerms(text));
  const normal = normaliseText(text);
  return query.terms.every((t) => held.has(t)) && query.chars.every((c) => normal.includes(c));
}
