import { queryTokens, searchTerms, searchTokens } from '@scenematch/contracts';

/**
 * WHERE clauses for the Chinese-aware text search shared by scenarios and products: rows of
 * `alias` must hold every bigram token of the query (GIN index on `search_tokens`), and each
 * term longer than one token is confirmed on `search_text`. `param` adds a bind parameter.
 */
export function textSearchClauses(query: string | undefined, alias: string, param: (value: unknown) => string): { where: string[]; terms: string[] } {
  const terms = searchTerms(query ?? '');
  const where: string[] = [];
  if (!terms.length) return { where, terms };
  const tokens = queryTokens(query ?? '');
  if (tokens.length) where.push(`${alias}.search_tokens @> ${param(tokens)}::text[]`);
  // A two-character Han word is exactly one token: the index answer is already exact.
  for (const term of terms) if (!/^\p{Script=Han}{2}$/u.test(term)) where.push(`strpos(${alias}.search_text, ${param(term)}) > 0`);
  return { where, terms };
}

/** The normalised text and tokens stored for a searchable row. */
export function searchDocumentOf(parts: Array<string | null | undefined>): { text: string; tokens: string[] } {
  const text = parts.filter(Boolean).join('\n').normalize('NFKC').toLowerCase();
  return { text, tokens: searchTokens(text) };
}
