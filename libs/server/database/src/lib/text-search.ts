import { normaliseText, searchQuery, searchTerms, type SearchQuery } from '@scenematch/matching/text';

/**
 * WHERE clauses for the text search shared by scenarios and products, by the one text pipeline
 * (libs/matching, matching.text.ts): rows of `alias` must hold every index term of the query in
 * `search_tokens` (GIN index: Han bigrams, Latin/digit tokens), and contain every Han character
 * typed alone in `search_text` (a lone character has no term of its own, and a query of one
 * character matches a large share of rows anyway, where an index would not save the reading).
 * `param` adds a bind parameter. `terms` are what a hit holds (for ranking and highlighting).
 */
export function textSearchClauses(
  query: string | undefined,
  alias: string,
  param: (value: unknown) => string,
): { where: string[]; terms: string[]; query: SearchQuery } {
  const parsed = searchQuery(query);
  const where: string[] = [];
  if (parsed.terms.length) where.push(`${alias}.search_tokens @> ${param(parsed.terms)}::text[]`);
  for (const char of parsed.chars) where.push(`strpos(${alias}.search_text, ${param(char)}) > 0`);
  return { where, terms: [...parsed.terms, ...parsed.chars], query: parsed };
}

/**
 * SQL that is true when `normalText` — an expression already folded by the pipeline, such as
 * `searchPartSql` — holds the search term `term` (one of `textSearchClauses`' terms) by the
 * pipeline's rules: a Latin/digit token only as a whole token ("ai" in "多语种ai导游", not in
 * "email"), Han bigrams and characters anywhere. Used to rank title hits first; checked against
 * the TypeScript pipeline by the search integration test.
 */
export function termHitSql(normalText: string, term: string, param: (value: unknown) => string): string {
  if (/^[a-z0-9]+$/.test(term)) return `(${normalText} ~ ('(^|[^a-z0-9])' || ${param(term)}::text || '([^a-z0-9]|$)'))`;
  return `(strpos(${normalText}, ${param(term)}::text) > 0)`;
}

/**
 * The `n`-th part (from 1) of a row's stored search text, already folded: `searchDocumentOf` keeps
 * one part per line. Ranking reads the title here rather than folding `title` per row (NFKC in
 * SQL for every hit doubled the cost of a broad query).
 */
export function searchPartSql(alias: string, n: number): string {
  return `split_part(${alias}.search_text, E'\\n', ${Math.trunc(n)})`;
}

/**
 * The folded text and index terms stored for a searchable row: its non-empty parts one per line,
 * line breaks inside a part flattened, so that line n is part n (see `searchPartSql`).
 */
export function searchDocumentOf(parts: Array<string | null | undefined>): { text: string; tokens: string[] } {
  const text = normaliseText(
    parts
      .filter(Boolean)
      .map((part) => (part as string).replace(/[\r\n\u2028\u2029]+/g, ' '))
      .join('\n'),
  );
  return { text, tokens: searchTerms(text) };
}
