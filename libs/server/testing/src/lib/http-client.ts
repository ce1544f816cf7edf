import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenApiDocument, OpenApiResponseChecker, responseChecksOf, ResponseCheckMode, UndocumentedResponseError } from './openapi-responses';

/** Where the app serves its OpenAPI document. */
export const OPENAPI_DOCUMENT_URL = '/api/docs/openapi.json';

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

/**
 * Calls the app in process (no socket) the way a client would: JSON in, JSON out. Every answer
 * to an operation of the app's OpenAPI document is checked against the response it documents
 * for that status (see openapi-responses.ts): an undocumented answer fails the call.
 */
export class TestClient {
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly token?: string,
    private readonly ip = '127.0.0.1',
  ) {}

  /** The app's response check: its document, the operations answered and the mismatches met. */
  responseChecker(): Promise<OpenApiResponseChecker | undefined> {
    return this.checks().checker;
  }

  /** `collect`: record undocumented answers without failing the call (a spec that reports them all at once). */
  setResponseCheckMode(mode: ResponseCheckMode): void {
    this.checks().mode = mode;
  }

  private checks() {
    return responseChecksOf(this.app, async () => {
      const response = await this.app.inject({ method: 'GET', url: OPENAPI_DOCUMENT_URL });
      return response.statusCode === 200 ? (JSON.parse(response.body) as OpenApiDocument) : undefined;
    });
  }

  private async checkAnswer(method: string, url: string, status: number, headers: TestResponse['headers'], body: unknown, isJson: boolean, hasContent: boolean): Promise<void> {
    const checks = this.checks();
    const checker = await checks.checker;
    const contentType = headers['content-type'];
    const found = checker?.check(method, url, status, Array.isArray(contentType) ? contentType[0] : contentType, body, isJson, hasContent) ?? [];
    if (found.length && checks.mode === 'throw' && !process.env['OPENAPI_RESPONSE_LOG']) throw new UndocumentedResponseError(found);
  }

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
    let isJson = false;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
      isJson = body !== undefined;
    } catch {
      /* not JSON: keep the text */
    }
    await this.checkAnswer(method, url, response.statusCode, response.headers as TestResponse['headers'], body, isJson, response.rawPayload.length > 0);
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
    let isJson = false;
    try {
      body = JSON.parse(response.body);
      isJson = true;
    } catch {
      /* not JSON */
    }
    await this.checkAnswer('POST', url, response.statusCode, response.headers as TestResponse['headers'], body, isJson, response.rawPayload.length > 0);
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
    let body: unknown;
    const json = String(response.headers['content-type'] ?? '').includes('json');
    try {
      body = json ? JSON.parse(response.body) : undefined;
    } catch {
      /* not JSON after all */
    }
    await this.checkAnswer('GET', url, response.statusCode, response.headers as TestResponse['headers'], body, json && body !== undefined, response.rawPayload.length > 0);
    return {
      status: response.statusCode,
      body: response.rawPayload,
      headers: response.headers as TestResponse['headers'],
    };
  }

  /**
   * Signs in and returns a client carrying the access token. A 503 (the database could not serve
   * the request in time, which a loaded two-core machine running the build beside the tests can
   * cause) is retried as the API asks clients to, and each retry is logged (a spec that passed
   * after retries shows it, with the answer's Retry-After and reason); any other refusal fails at once.
   */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<TestClient> {
    let response = await this.post<{ accessToken: string }>('/api/auth/login', { email, password });
    for (let attempt = 1; response.status === 503 && attempt <= 4; attempt++) {
      const reason = (response.body as { message?: unknown } | null)?.message;
      console.warn(
        `Sign-in of ${email} answered 503 (Retry-After: ${response.headers['retry-after'] ?? 'none'}, ${JSON.stringify(reason ?? response.body)}): retry ${attempt} of 4 in ${500 * attempt} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      response = await this.post<{ accessToken: string }>('/api/auth/login', { email, password });
    }
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
