/**
 * The URL of a path template with its parameters filled in, each one percent-encoded, e.g.
 * `apiUrl('/api/scenarios/{id}', { id })`. A parameter the template names but `path` lacks is a
 * programming error, not a request to send.
 */
export function apiUrl(
  template: string,
  path?: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined || value === null || value === '')
      throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * A query as name–value pairs in the order given: lists comma-joined (the API accepts one
 * comma-separated value as well as repeated parameters), `undefined`, `null`, empty strings and
 * empty lists left out so that the request carries only what was chosen; other values as text.
 */
export function queryEntries(query?: object): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(query ?? {}) as Array<
    [string, unknown]
  >) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) entries.push([name, value.join(',')]);
    } else {
      entries.push([name, String(value)]);
    }
  }
  return entries;
}
