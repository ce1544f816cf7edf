import type { ParamMap, Params } from '@angular/router';

/**
 * Readers of a search list's query parameters. Each gives null (or nothing) for a value that is
 * missing or malformed — a hand-edited link, an old bookmark — so the list falls back to its
 * default instead of sending the API a request it would refuse.
 */

/** The readers of one URL's query parameters (see {@link listParams}). */
export interface ListParams {
  /** A parameter's trimmed value; null when missing or blank. */
  value(name: string): string | null;
  /** A parameter's value when it has the expected form, else null. */
  matching(name: string, form: RegExp): string | null;
  /** A parameter's value when it is one of `allowed`, else null. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | null;
  /** The distinct values of a repeated or comma-joined parameter that have the expected form. */
  list(name: string, form: RegExp): string[];
  /** The search box's text (`q`), trimmed and cut to `maxLength` (the API's limit). */
  search(maxLength: number): string;
}

/** Reads a list's filters from the URL's query parameters. */
export function listParams(params: ParamMap): ListParams {
  const value = (name: string) => params.get(name)?.trim() || null;
  return {
    value,
    matching: (name, form) => {
      const v = value(name);
      return v && form.test(v) ? v : null;
    },
    oneOf: <T extends string>(name: string, allowed: readonly T[]) => {
      const v = value(name);
      return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : null;
    },
    list: (name, form) => [
      ...new Set(
        params
          .getAll(name)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter((v) => form.test(v)),
      ),
    ],
    search: (maxLength) => (params.get('q') ?? '').trim().slice(0, maxLength),
  };
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
