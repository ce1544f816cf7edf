import { searchQuery, searchTerms as indexTerms } from '@scenematch/matching/text';

/**
 * Search by the one text pipeline (libs/matching, matching.text.ts), under the names callers
 * already use: Han bigrams (a lone Han character as itself) and case-folded Latin/digit tokens,
 * after full-width folding, so "多语种AI导游导览" is found by ai, AI, ＡＩ and 导游.
 */
export function searchTokens(text: string): string[] {
  return indexTerms(text);
}

/** The words of a search box entry: whitespace- and punctuation-separated, normalised, at most 8. */
export function searchTerms(query: string): string[] {
  return (query ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,，、;；|/]+/u)
    .map((t) => t.replace(/[%_\\'"“”‘’()（）[\]【】<>《》!?！？。.:：*]/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
}

/** Index terms a row must hold to match the query. Han characters typed alone are checked on the text. */
export function queryTokens(query: string): string[] {
  return searchQuery(query).terms;
}

/**
 * What a result list marks for a query: exactly the terms and lone characters the search matched
 * on (a Latin/digit term is marked only as a whole token; see the portal's highlight).
 */
export function highlightTermsOf(query: string | undefined | null): string[] {
  const parsed = searchQuery(query);
  return [...parsed.terms, ...parsed.chars];
}
