import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export const DEMO_PASSWORD = 'Demo#2025pass';
export const DEMO_USERS = {
  organiser: 'organiser@demo.scenematch.cn',
  agency: 'agency@demo.scenematch.cn',
  enterprise: 'enterprise@demo.scenematch.cn',
  expert: 'expert@demo.scenematch.cn',
  admin: 'admin@demo.scenematch.cn',
} as const;

/** Calls the app in process (no socket) the way a client would: JSON in, JSON out. */
export class TestClient {
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly token?: string,
    private readonly ip = '127.0.0.1',
  ) {}

  withToken(token: string): TestClient {
    return new TestClient(this.app, token, this.ip);
  }

  fromAddress(ip: string): TestClient {
    return new TestClient(this.app, this.token, ip);
  }

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(payload !== undefined && typeof payload !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      payload: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    let body: unknown = response.body;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.statusCode, body: body as T, headers: response.headers as TestResponse['headers'] };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, payload ?? {}, headers);
  }
  patch<T = unknown>(url: string, payload?: unknown) {
    return this.request<T>('PATCH', url, payload ?? {});
  }

  /** Signs in and returns a client carrying the access token. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<TestClient> {
    const response = await this.post<{ accessToken: string }>('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.withToken(response.body.accessToken);
  }

  asDemo(role: keyof typeof DEMO_USERS): Promise<TestClient> {
    return this.signIn(DEMO_USERS[role]);
  }
}
