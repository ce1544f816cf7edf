import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClient } from './http-client';

/** An app whose sign-in answers 503 (with Retry-After) `busy` times, then signs in. */
function busyApp(busy: number) {
  const logins: string[] = [];
  const inject = jest.fn(async ({ url }: { url: string }) => {
    const answer = (statusCode: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      return { statusCode, body: text, rawPayload: Buffer.from(text), headers: { 'content-type': 'application/json', ...headers } };
    };
    if (url !== '/api/auth/login') return answer(404, { message: 'no document' });
    logins.push(url);
    return logins.length <= busy
      ? answer(503, { statusCode: 503, message: '数据库繁忙，请稍后重试' }, { 'retry-after': '5' })
      : answer(200, { accessToken: 'token' });
  });
  return { app: { inject } as unknown as NestFastifyApplication, logins };
}

describe('TestClient.signIn', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    jest.useFakeTimers();
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('retries a 503 and says so each time, with the answer’s Retry-After and reason', async () => {
    const { app, logins } = busyApp(2);
    const signedIn = new TestClient(app).signIn('someone@example.cn', 'pw');
    await jest.runAllTimersAsync();
    await expect(signedIn).resolves.toBeInstanceOf(TestClient);
    expect(logins).toHaveLength(3);
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      'Sign-in of someone@example.cn answered 503 (Retry-After: 5, "数据库繁忙，请稍后重试"): retry 1 of 4 in 500 ms',
      'Sign-in of someone@example.cn answered 503 (Retry-After: 5, "数据库繁忙，请稍后重试"): retry 2 of 4 in 1000 ms',
    ]);
  });

  it('gives up after four retries, and says nothing when the first answer signs in', async () => {
    const busy = busyApp(5);
    const failed = new TestClient(busy.app).signIn('someone@example.cn', 'pw');
    const settled = expect(failed).rejects.toThrow(/Sign-in of someone@example.cn failed: 503/);
    await jest.runAllTimersAsync();
    await settled;
    expect(warn).toHaveBeenCalledTimes(4);

    warn.mockClear();
    const { app } = busyApp(0);
    await expect(new TestClient(app).signIn('someone@example.cn', 'pw')).resolves.toBeInstanceOf(TestClient);
    expect(warn).not.toHaveBeenCalled();
  });
});
