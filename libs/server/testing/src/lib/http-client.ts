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
        ...(payload !== undefined && typeof payload !== 'string'
          ? { 'content-type': 'application/json' }
          : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      payload:
        payload === undefined
          ? undefined
          : typeof payload === 'string'
            ? payload
            : JSON.stringify(payload),
    });
    let body: unknown = response.body;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return {
      status: response.statusCode,
      body: body as T,
      headers: response.headers as TestResponse['headers'],
    };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) {
    return this.request<T>('POST', url, payload ?? {}, headers);
  }
  patch<T = unknown>(url: string, payload?: unknown) {
    return this.request<T>('PATCH', url, payload ?? {});
  }

  /** Uploads one file as multipart/form-data (field `file`) with optional text fields. */
  async upload<T = unknown>(
    url: string,
    filename: string,
    content: Buffer,
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const boundary = `----scenematch${Date.now().toString(16)}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(fields)) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        ),
      );
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    const response = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      payload: Buffer.concat(parts),
    });
    let body: unknown = response.body;
    try {
      body = JSON.parse(response.body);
    } catch {
      /* not JSON */
    }
    return {
      status: response.statusCode,
      body: body as T,
      headers: response.headers as TestResponse['headers'],
    };
  }

  /** GETs a file: the raw bytes and headers. */
  async download(
    url: string,
  ): Promise<{
    status: number;
    body: Buffer;
    headers: TestResponse['headers'];
  }> {
    const response = await this.app.inject({
      method: 'GET',
      url,
      remoteAddress: this.ip,
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
    });
    return {
      status: response.statusCode,
      body: response.rawPayload,
      headers: response.headers as TestResponse['headers'],
    };
  }

  /** Signs in and returns a client carrying the access token. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<TestClient> {
    const response = await this.post<{ accessToken: string }>(
      '/api/auth/login',
      { email, password },
    );
    if (response.status !== 200)
      throw new Error(
        `Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
      );
    return this.withToken(response.body.accessToken);
  }

  asDemo(role: keyof typeof DEMO_USERS): Promise<TestClient> {
    return this.signIn(DEMO_USERS[role]);
  }
}
