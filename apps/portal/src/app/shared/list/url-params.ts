import type { ParamMap, Params } from '@angular/router';

/**
 * Readers of a search list's query parameters. Each gives null (or nothing) for a value that is
 * missing or malformed — a hand-edited link, an old bookmark — so the list falls back to its
 * default instead of sending the API a request it would refuse.
 */

/** A parameter's trimmed value; null when missing or blank. */
export function paramValue(params: ParamMap, name: string): string | null {
  return params.get(name)?.trim() || null;
}

/** A parameter's value when it has the expected form, else null. */
export function matchingParam(
  params: ParamMap,
  name: string,
  form: RegExp,
): string | null {
  const value = paramValue(params, name);
  return value && form.test(value) ? value : null;
}

/** A parameter's value when it is one of `allowed`, else null. */
export function oneOfParam<T extends string>(
  params: ParamMap,
  name: string,
  allowed: readonly T[],
): T | null {
  const value = paramValue(params, name);
  return (allowed as readonly string[]).includes(value ?? '')
    ? (value as T)
    : null;
}

/** The distinct values of a repeated or comma-joined parameter that have the expected form. */
export function paramList(
  params: ParamMap,
  name: string,
  form: RegExp,
): string[] {
  return [
    ...new Set(
      params
        .getAll(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => form.test(v)),
    ),
  ];
}

/** The search box's text, trimmed and cut to `maxLength` (the API's limit). */
export function searchParam(params: ParamMap, maxLength: number): string {
  return (params.get('q') ?? '').trim().slice(0, maxLength);
}

/**
 * Query parameters for a list's filters: empty values (null, blank, no items) left out, so the
 * plain list has a plain URL and each filter one spelling; lists are comma-joined.
 */
export function nonEmptyParams(
  values: Record<string, string | readonly string[] | null | undefined>,
): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(values)) {
    const text = typeof value === 'string' ? value.trim() : value?.join(',');
    if (text) params[name] = text;
  }
  return params;
}

/** Whether a list's query parameters filter it: anything beyond its sort and paging. */
export function narrowsList(params: Params): boolean {
  return Object.keys(params).some(
    (name) => !['sort', 'page', 'pageSize'].includes(name),
  );
}
