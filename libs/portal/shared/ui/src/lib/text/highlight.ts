/** A run of text that is (`hit`) or is not part of a search word. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

const LATIN_TOKEN = /^[a-z0-9]+$/;
const LATIN_CHAR = /^[a-z0-9]$/;

/**
 * Which characters of `text` belong to an occurrence of one of `terms`. Matching is done on the
 * same normal form the API searches on (NFKC, lower case: full-width "ＡＩ" finds "ai"), one
 * character at a time so that every hit maps back to the original characters exactly.
 */
function hitMask(
  text: string,
  terms: readonly string[],
): { chars: string[]; hits: boolean[] } {
  const chars = Array.from(text ?? '');
  const hits = chars.map(() => false);
  const needles = [
    ...new Set(
      terms
        .map((t) => (t ?? '').normalize('NFKC').toLowerCase().trim())
        .filter(Boolean),
    ),
  ];
  if (!needles.length || !chars.length) return { chars, hits };

  let normal = '';
  const owner: number[] = []; // owner[k]: the original character of normal[k]
  chars.forEach((char, index) => {
    const n = char.normalize('NFKC').toLowerCase();
    normal += n;
    for (let k = 0; k < n.length; k++) owner.push(index);
  });

  for (const needle of needles) {
    // A Latin/digit term is a whole token, as the search treats it: "ai" marks "AI" in
    // "多语种AI导游" but nothing in "email".
    const token = LATIN_TOKEN.test(needle);
    let from = 0;
    for (;;) {
      const at = normal.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      if (
        token &&
        (LATIN_CHAR.test(normal[at - 1] ?? '') ||
          LATIN_CHAR.test(normal[at + needle.length] ?? ''))
      )
        continue;
      for (let k = at; k < at + needle.length; k++) hits[owner[k]] = true;
    }
  }
  return { chars, hits };
}

/**
 * `text` cut into plain and hit segments for the search terms `terms` (from `highlightTermsOf`), to be
 * rendered as text nodes and <mark> elements, never as HTML. Overlapping and adjacent hits merge.
 */
export function highlightSegments(
  text: string,
  terms: readonly string[],
): TextSegment[] {
  const { chars, hits } = hitMask(text, terms);
  const segments: TextSegment[] = [];
  chars.forEach((char, i) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hits[i]) last.text += char;
    else segments.push({ text: char, hit: hits[i] });
  });
  return segments;
}

/**
 * At most `maxLength` characters of `text`, around its first hit if there is one (so that a match
 * deep in a long description is visible in a result card), with an ellipsis where cut.
 */
export function snippet(
  text: string,
  terms: readonly string[],
  maxLength: number,
): string {
  const { chars, hits } = hitMask(
    (text ?? '').replace(/\s+/g, ' ').trim(),
    terms,
  );
  if (chars.length <= maxLength) return chars.join('');
  const first = hits.indexOf(true);
  const lead = Math.floor(maxLength / 3);
  const start =
    first <= lead ? 0 : Math.min(first - lead, chars.length - maxLength);
  const end = start + maxLength;
  return (
    (start > 0 ? '…' : '') +
    chars.slice(start, end).join('') +
    (end < chars.length ? '…' : '')
  );
}
