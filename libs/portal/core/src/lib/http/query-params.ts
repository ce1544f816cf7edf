/**
 * A filter query with what was not chosen left out: undefined, null, '', [] and `false` (a
 * filter switched off), so that the request (and the API's search cache key) carries only what
 * was chosen. The API client leaves out the rest of the empty values itself (see queryEntries).
 */
export function compactQuery<Q extends object>(query: Q): Partial<Q> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        value !== false &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as Partial<Q>;
}
