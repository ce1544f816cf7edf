/**
 * Chinese-friendly search tokens: every pair of adjacent Han characters (so any two-character
 * word is found: "影像" in "医学影像辅助诊断"), a lone Han character as itself, and Latin or
 * digit runs as lower-case words. Indexed in PostgreSQL as a GIN array; a query matches rows
 * holding all of its tokens, then the exact terms are confirmed on the text.
 */
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}]+|[\p{L}\p{N}]+/gu;

export function searchTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const match of (text ?? '').normalize('NFKC').toLowerCase().matchAll(WORD)) {
    const run = match[0];
    if (HAN.test(run[0])) {
      const chars = [...run];
      if (chars.length === 1) tokens.add(run);
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
    } else if (run.length >= 2 || /\d/.test(run)) {
      tokens.add(run);
    }
  }
  return [...tokens];
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

/**
 * Tokens a row must hold to possibly contain every term. Single Han characters and one-letter
 * terms have no index token (they are checked on the text only).
 */
export function queryTokens(query: string): string[] {
  const out = new Set<string>();
  for (const term of searchTerms(query)) {
    for (const token of searchTokens(term)) {
      if ([...token].length >= 2) out.add(token);
    }
  }
  return [...out];
}
