import { AuthTokens, buildUscc } from '@scenematch/contracts';
import { ChildApp, childEnv, createTestDatabase, FACTORY_PASSWORD, freePort, insertAccount, ScratchRedis, TestDatabase, testQueuePrefix } from '@scenematch/server-testing';

/**
 * Sign-out means out: two API processes behind one PostgreSQL and one Redis, as in production.
 * A token used on process B is refused (401) right after sign-out, password change, lockout,
 * disablement or a second-factor reset on process A — and still when Redis is down (the check
 * falls back to PostgreSQL).
 */
describe('access tokens end at once, across API processes', () => {
  let database: TestDatabase;
  let redis: ScratchRedis;
  let redisUp = false;
  let prefix: string;
  let a: string;
  let b: string;
  let adminToken: string;
  let registrations = 0;
  const apps: ChildApp[] = [];

  const call = async <T = Record<string, unknown>>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const login = async (base: string, email: string, password = FACTORY_PASSWORD) => {
    const response = await call<AuthTokens>(base, 'POST', '/auth/login', undefined, { email, password });
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const register = async (): Promise<AuthTokens & { email: string }> => {
    const n = ++registrations;
    let uscc: string | null = null;
    for (let k = 0; !uscc; k++) uscc = buildUscc('91', '440300', String(52000000 + n * 131 + k));
    const email = `revoke-${n}@example.cn`;
    const response = await call<AuthTokens>(a, 'POST', '/auth/register', undefined, {
      email,
      password: 'Str0ng#Passw0rd',
      displayName: `吊销测试${n}`,
      organisation: { type: 'enterprise', name: `深圳吊销测试科技有限公司${n}`, uscc },
      privacyConsent: true,
    });
    if (response.status !== 201) throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
    return { ...response.body, email };
  };

  beforeAll(async () => {
    database = await createTestDatabase('revoke');
    redis = new ScratchRedis(await freePort());
    await redis.start();
    redisUp = true;
    prefix = testQueuePrefix('revoke');
    const env = (port: number) => childEnv(database.url, prefix, { PORT: String(port), REDIS_URL: redis.url, AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    const [portA, portB] = [await freePort(), await freePort()];
    apps.push(...(await Promise.all([ChildApp.start('api', env(portA)), ChildApp.start('api', env(portB))])));
    a = `http://127.0.0.1:${portA}/api`;
    b = `http://127.0.0.1:${portB}/api`;
    adminToken = (await login(a, (await insertAccount(database, 'admin')).email)).accessToken;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.kill()));
    if (redisUp) await redis.kill();
    await database?.drop();
  });

  it('sign-out on A ends the access token on B at once (and every other session of the user)', async () => {
    const { email } = await register();
    const first = await login(a, email, 'Str0ng#Passw0rd');
    const second = await login(b, email, 'Str0ng#Passw0rd');
    expect((await call(b, 'GET', '/me', first.accessToken)).status).toBe(200);
    expect((await call(a, 'POST', '/auth/logout', undefined, { refreshToken: first.refreshToken })).status).toBe(204);
    expect((await call(b, 'GET', '/me', first.accessToken)).status).toBe(401);
    expect((await call(a, 'GET', '/me', first.accessToken)).status).toBe(401);
    // Sign-out is everywhere: the other device's token ends too; signing in again works.
    expect((await call(b, 'GET', '/me', second.accessToken)).status).toBe(401);
    const again = await login(a, email, 'Str0ng#Passw0rd');
    expect((await call(b, 'GET', '/me/recommendations', again.accessToken)).status).toBe(200);
  });

  it('a password change on A ends the old token on B; the new password signs in', async () => {
    const user = await register();
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    const changed = await call(a, 'POST', '/auth/password', user.accessToken, { currentPassword: 'Str0ng#Passw0rd', newPassword: 'N3w#Passw0rd!x' });
    expect(changed.status).toBe(204);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401);
    const fresh = await login(a, user.email, 'N3w#Passw0rd!x');
    expect((await call(b, 'GET', '/me', fresh.accessToken)).status).toBe(200);
  });

  it('a lockout (423) on A ends the token on B, and its refresh token', async () => {
    const user = await register();
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(a, 'POST', '/auth/login', undefined, { email: user.email, password: 'Wrong#Passw0rd' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401);
    expect((await call(b, 'POST', '/auth/refresh', undefined, { refreshToken: user.refreshToken })).status).toBe(401);
  });

  it('disablement on A ends the token on B; sign-in then says the account is disabled', async () => {
    const user = await register();
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    const disabled = await call(a, 'POST', `/admin/users/${user.user.id}/disable`, adminToken, { reason: '人员已离职' });
    expect(disabled.status).toBe(200);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401);
    expect((await call(b, 'POST', '/auth/refresh', undefined, { refreshToken: user.refreshToken })).status).toBe(401);
    const signIn = await call<{ message: string }>(b, 'POST', '/auth/login', undefined, { email: user.email, password: 'Str0ng#Passw0rd' });
    expect(signIn.status).toBe(403);
    expect(signIn.body.message).toContain('已被停用');
    // A wrong password still reads as a wrong password: the state is told only to who knows it.
    expect((await call(b, 'POST', '/auth/login', undefined, { email: user.email, password: 'Wrong#Passw0rd' })).status).toBe(401);
    expect((await call(a, 'POST', `/admin/users/${user.user.id}/enable`, adminToken)).status).toBe(200);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401); // enabling does not revive old tokens
    expect((await call(b, 'GET', '/me', (await login(b, user.email, 'Str0ng#Passw0rd')).accessToken)).status).toBe(200);
  });

  it('a second-factor reset on A ends the token on B', async () => {
    const user = await register();
    await database.query(`UPDATE users SET mfa_enabled = true, mfa_secret = 'sealed-secret-of-a-lost-phone', mfa_enabled_at = now() WHERE id = $1`, [user.user.id]);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    expect((await call(a, 'POST', `/admin/users/${user.user.id}/mfa/reset`, adminToken)).status).toBe(200);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401);
  });

  it('refuses tokens of users who no longer exist, and keeps refusing with Redis down (PostgreSQL decides)', async () => {
    const user = await register();
    const other = await register();
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    expect((await call(b, 'GET', '/me', other.accessToken)).status).toBe(200);
    await database.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [other.user.id]);
    await database.query(`DELETE FROM users WHERE id = $1`, [other.user.id]);
    // The cache may still hold the deleted user's state; it lives at most a minute, so clear it as its expiry would.
    await redis.kill();
    redisUp = false;
    expect((await call(b, 'GET', '/me', other.accessToken)).status).toBe(401);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(200);
    expect((await call(a, 'POST', '/auth/logout', undefined, { refreshToken: user.refreshToken })).status).toBe(204);
    expect((await call(b, 'GET', '/me', user.accessToken)).status).toBe(401);
  });
});
