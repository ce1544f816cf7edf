import { baseUrl, DEMO_PASSWORD } from './e2e-env';

/** Calls the API directly (test set-up that is not what the test is about). */
export async function apiCall<T>(
  path: string,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.body !== undefined
        ? { 'Content-Type': 'application/json' }
        : {}),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${options.method ?? 'GET'} /api${path} answered ${response.status}: ${text}`,
    );
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** An access token of a (demo) user. */
export async function apiToken(
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const tokens = await apiCall<{ accessToken: string }>('/auth/login', {
    method: 'POST',
    body: { email, password },
  });
  return tokens.accessToken;
}

/** How many scenarios the public list holds for a query string (e.g. `domain=smart-healthcare`). */
export async function publicTotal(query = ''): Promise<number> {
  const page = await apiCall<{ total: number }>(
    `/scenarios?pageSize=1${query ? `&${query}` : ''}`,
  );
  return page.total;
}
