import { createHmac } from 'node:crypto';
import {
  AuthTokens,
  LoginResponse,
  MfaChallenge,
  MfaEnableResult,
  MfaEnrolmentRequired,
  MfaSetup,
  MfaStatus,
} from '@scenematch/contracts';
import { TokenService, User } from '@scenematch/server-auth';
import {
  createOrganisation,
  createUser,
  FACTORY_PASSWORD,
  TestClient,
} from '@scenematch/server-testing';
import { Secret, TOTP } from 'otpauth';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';

type FieldErrors = {
  message: string;
  errors: Array<{ field: string; message: string }>;
};

/** The code an authenticator app shows `steps` time steps (30 s each) from now. */
function totpCode(secret: string, steps = 0): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/**
 * A new user of a role, in an organisation of their own, who has not signed in yet (their sign-ins
 * are what these tests look at); returns the email. Password: FACTORY_PASSWORD.
 */
async function newUser(
  t: TestApp,
  role: 'organiser' | 'admin' | 'enterprise' | 'agency' | 'expert',
): Promise<string> {
  const organisation =
    role === 'enterprise' || role === 'agency'
      ? await createOrganisation(t, { type: role })
      : undefined;
  return (await createUser(t, { role, organisation, signIn: false })).email;
}

function login(client: TestClient, email: string, password = FACTORY_PASSWORD) {
  return client.post<LoginResponse & FieldErrors>('/api/auth/login', {
    email,
    password,
  });
}

/** The status answering a second-factor step: a code or a recovery code for a challenge (or enrolment) token. */
async function verifyStatus(
  client: TestClient,
  challengeToken: string,
  answer: { code: string } | { recoveryCode: string },
): Promise<number> {
  return (await client.post('/api/auth/mfa/verify', { challengeToken, ...answer })).status;
}

/** The status answering a refresh or a sign-out with this refresh token. */
async function tokenStatus(client: TestClient, step: 'refresh' | 'logout', refreshToken: string): Promise<number> {
  return (await client.post(`/api/auth/${step}`, { refreshToken })).status;
}

function without(
  claims: Record<string, unknown>,
  key: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(claims).filter(([name]) => name !== key),
  );
}

/** HS-signed JWT built by hand, so that every header and claim can be chosen. */
function signJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  secret: string,
): string {
  const part = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part(header)}.${part(claims)}`;
  const alg = header['alg'];
  if (alg === 'none') return `${unsigned}.`;
  const digest =
    alg === 'HS512' ? 'sha512' : alg === 'HS384' ? 'sha384' : 'sha256';
  return `${unsigned}.${createHmac(digest, secret).update(unsigned).digest('base64url')}`;
}

describe('second factor mandatory for staff (MFA_REQUIRED=true)', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await startTestApp('mfa_required', {
        MFA_REQUIRED: 'true',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      })),
  );
  afterAll(() => t.close());

  /** Password, set-up and confirmation through the enrolment token; returns the secret and what enable answered. */
  async function enrol(
    email: string,
  ): Promise<{ secret: string; usedCode: string; enabled: MfaEnableResult }> {
    const first = await login(t.client, email);
    const enrolment = first.body as MfaEnrolmentRequired;
    const asEnrolling = t.client.withToken(enrolment.enrolmentToken);
    const setup = await asEnrolling.post<MfaSetup>('/api/auth/mfa/setup');
    expect(setup.status).toBe(200);
    const usedCode = totpCode(setup.body.secret);
    const enabled = await asEnrolling.post<MfaEnableResult>(
      '/api/auth/mfa/enable',
      { code: usedCode },
    );
    expect(enabled.status).toBe(200);
    return { secret: setup.body.secret, usedCode, enabled: enabled.body };
  }

  it('gives an organiser without a second factor only an enrolment token that opens nothing but the set-up', async () => {
    const email = await newUser(t, 'organiser');
    const response = await login(t.client, email);
    expect(response.status).toBe(200);
    const enrolment = response.body as MfaEnrolmentRequired;
    expect(enrolment.mfaEnrolmentRequired).toBe(true);
    expect(enrolment.user.role).toBe('organiser');
    expect(enrolment.expiresIn).toBeLessThanOrEqual(900);
    expect(response.body).not.toHaveProperty('accessToken');
    expect(response.body).not.toHaveProperty('refreshToken');

    const asEnrolling = t.client.withToken(enrolment.enrolmentToken);
    expect((await asEnrolling.get('/api/me')).status).toBe(401);
    expect((await asEnrolling.get('/api/audit')).status).toBe(401);
    expect((await asEnrolling.get('/api/auth/mfa')).status).toBe(401);
    expect(
      (
        await asEnrolling.post('/api/auth/password', {
          currentPassword: FACTORY_PASSWORD,
          newPassword: 'An0ther#Passw0rd',
        })
      ).status,
    ).toBe(401);
    expect(await verifyStatus(t.client, enrolment.enrolmentToken, { code: '123456' })).toBe(401);
    expect((await t.client.post('/api/auth/mfa/setup')).status).toBe(401);
    expect(
      (await t.client.withToken('not.a.token').post('/api/auth/mfa/setup'))
        .status,
    ).toBe(401);

    const setup = await asEnrolling.post<MfaSetup>('/api/auth/mfa/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/SceneMatch:/);
    expect(setup.body.otpauthUrl).toContain(`secret=${setup.body.secret}`);
    expect(setup.body.otpauthUrl).toContain('period=30');
    expect(setup.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // The secret is stored sealed, not as the base32 the user saw.
    const stored = await t.database.query<{ mfa_pending_secret: string }>(
      `SELECT mfa_pending_secret FROM users WHERE email = $1`,
      [email],
    );
    expect(stored.rows[0].mfa_pending_secret).toMatch(/^v1\./);
    expect(stored.rows[0].mfa_pending_secret).not.toContain(setup.body.secret);

    // ±1 time step is accepted; two steps back is not.
    const tooOld = await asEnrolling.post<FieldErrors>('/api/auth/mfa/enable', {
      code: totpCode(setup.body.secret, -2),
    });
    expect(tooOld.status).toBe(400);
    expect(tooOld.body.errors[0].field).toBe('code');
    const malformed = await asEnrolling.post<FieldErrors>(
      '/api/auth/mfa/enable',
      { code: '12ab56' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toEqual({
      field: 'code',
      message: '请输入 6 位数字验证码',
    });

    const enabled = await asEnrolling.post<MfaEnableResult>(
      '/api/auth/mfa/enable',
      { code: totpCode(setup.body.secret, -1) },
    );
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
    expect(enabled.body.recoveryCodes[0]).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const me = await t.client
      .withToken(enabled.body.tokens?.accessToken ?? '')
      .get<{ email: string }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
    const hashes = await t.database.query<{ code_hash: string }>(
      `SELECT code_hash FROM mfa_recovery_codes WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    expect(hashes.rows).toHaveLength(10);
    expect(hashes.rows.map((r) => r.code_hash)).not.toContain(
      enabled.body.recoveryCodes[0],
    );
    // Enabling twice is a conflict; the enrolment token cannot start over either.
    expect((await asEnrolling.post('/api/auth/mfa/setup')).status).toBe(409);
  });

  it('asks for a code at every later sign-in and refuses a code used before', async () => {
    const email = await newUser(t, 'organiser');
    const { secret, usedCode } = await enrol(email);

    const first = await login(t.client, email);
    const challenge = first.body as MfaChallenge;
    expect(challenge.mfaRequired).toBe(true);
    expect(first.body).not.toHaveProperty('accessToken');
    expect(
      (await t.client.withToken(challenge.challengeToken).get('/api/me'))
        .status,
    ).toBe(401);
    expect(
      (
        await t.client
          .withToken(challenge.challengeToken)
          .post('/api/auth/mfa/setup')
      ).status,
    ).toBe(401);

    // The code that enabled the factor is spent.
    const replay = await t.client.post<FieldErrors>('/api/auth/mfa/verify', {
      challengeToken: challenge.challengeToken,
      code: usedCode,
    });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toContain('验证码不正确');
    const next = totpCode(secret, 1);
    const verified = await t.client.post<AuthTokens>('/api/auth/mfa/verify', {
      challengeToken: challenge.challengeToken,
      code: next,
    });
    expect(verified.status).toBe(200);
    expect(verified.body.user.email).toBe(email);
    expect(
      (await t.client.withToken(verified.body.accessToken).get('/api/me'))
        .status,
    ).toBe(200);
    expect(await tokenStatus(t.client, 'refresh', verified.body.refreshToken)).toBe(200);

    // The same code on a new challenge, within its window: refused.
    const again = (await login(t.client, email)).body as MfaChallenge;
    expect(await verifyStatus(t.client, again.challengeToken, { code: next })).toBe(401);
    const both = await t.client.post<FieldErrors>('/api/auth/mfa/verify', {
      challengeToken: again.challengeToken,
      code: next,
      recoveryCode: 'AAAAA-BBBBB',
    });
    expect(both.status).toBe(400);
    const neither = await t.client.post<FieldErrors>('/api/auth/mfa/verify', {
      challengeToken: again.challengeToken,
    });
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].field).toBe('code');
    const forged = signJwt(
      { alg: 'HS256', typ: 'JWT' },
      {
        sub: 'x',
        typ: 'mfa_challenge',
        exp: Math.floor(Date.now() / 1000) + 60,
      },
      'wrong-secret-wrong-secret',
    );
    expect(await verifyStatus(t.client, forged, { code: '123456' })).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const email = await newUser(t, 'admin');
    const { enabled } = await enrol(email);
    const [code, other] = enabled.recoveryCodes;

    const challenge = (await login(t.client, email)).body as MfaChallenge;
    // Typed in lower case without the dash still counts.
    const typed = code.replace('-', '').toLowerCase();
    const verified = await t.client.post<AuthTokens>('/api/auth/mfa/verify', {
      challengeToken: challenge.challengeToken,
      recoveryCode: typed,
    });
    expect(verified.status).toBe(200);
    const status = await t.client
      .withToken(verified.body.accessToken)
      .get<MfaStatus>('/api/auth/mfa');
    expect(status.body).toMatchObject({
      enabled: true,
      required: true,
      recoveryCodesLeft: 9,
    });

    const again = (await login(t.client, email)).body as MfaChallenge;
    expect(await verifyStatus(t.client, again.challengeToken, { recoveryCode: code })).toBe(401);
    expect(await verifyStatus(t.client, again.challengeToken, { recoveryCode: other })).toBe(200);

    // Mandatory for staff: it cannot be switched off.
    const disable = await t.client
      .withToken(verified.body.accessToken)
      .post<FieldErrors>('/api/auth/mfa/disable', {
        password: FACTORY_PASSWORD,
        recoveryCode: enabled.recoveryCodes[2],
      });
    expect(disable.status).toBe(409);
  });

  it('counts wrong codes towards the lockout and audits them', async () => {
    const email = await newUser(t, 'organiser');
    const { secret } = await enrol(email);
    const challenge = (await login(t.client, email)).body as MfaChallenge;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const wrong = String(
        (Number(totpCode(secret, 1)) + 1 + i) % 1_000_000,
      ).padStart(6, '0');
      statuses.push(await verifyStatus(t.client, challenge.challengeToken, { code: wrong }));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    // Locked: neither the right code nor the right password gets in.
    expect(await verifyStatus(t.client, challenge.challengeToken, { code: totpCode(secret, 1) })).toBe(423);
    expect((await login(t.client, email)).status).toBe(423);

    const rows = await t.database.query<{
      action: string;
      outcome: string;
      details: { reason: string; locked: boolean };
    }>(
      `SELECT action, outcome, details FROM audit_log WHERE entity_id = (SELECT id::text FROM users WHERE email = $1) ORDER BY id`,
      [email],
    );
    const failures = rows.rows.filter(
      (r) => r.action === 'auth.mfa.verify' && r.outcome === 'failure',
    );
    expect(failures).toHaveLength(5);
    expect(failures[4].details).toMatchObject({
      reason: 'wrong_code',
      locked: true,
    });
    expect(rows.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'auth.mfa.setup',
        'auth.mfa.enable',
        'auth.mfa.challenge',
      ]),
    );
  });

  it('keeps signing in enterprises, agencies and experts with a password alone', async () => {
    for (const role of ['enterprise', 'agency', 'expert'] as const) {
      const response = await login(t.client, await newUser(t, role));
      expect(response.status).toBe(200);
      expect((response.body as AuthTokens).user.role).toBe(role);
    }
  });

  it('does not let a right password reset the count of wrong codes', async () => {
    const email = await newUser(t, 'organiser');
    const { secret } = await enrol(email);
    const wrong = String(
      (Number(totpCode(secret, 1)) + 7) % 1_000_000,
    ).padStart(6, '0');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const challenge = (await login(t.client, email)).body as MfaChallenge &
        FieldErrors;
      if (!challenge.challengeToken) {
        statuses.push(423);
        break;
      }
      statuses.push(await verifyStatus(t.client, challenge.challengeToken, { code: wrong }));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });

  it('ends a session begun before the second factor became mandatory', async () => {
    const email = await newUser(t, 'organiser');
    // A session from before MFA_REQUIRED: issue it directly, as the earlier login did.
    const dataSource = t.app.get(DataSource);
    const user = await dataSource
      .getRepository(User)
      .findOneByOrFail({ email });
    const issued = await dataSource.transaction((m) =>
      t.app.get(TokenService).issue(user, null, m),
    );
    const refreshed = await t.client.post<FieldErrors>('/api/auth/refresh', {
      refreshToken: issued.refreshToken,
    });
    expect(refreshed.status).toBe(401);
    expect(refreshed.body.message).toContain('双因素');
  });
});

describe('sessions, passwords, voluntary second factor and tokens (default settings)', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await startTestApp('auth_security', {
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      })),
  );
  afterAll(() => t.close());

  it('signs an organiser in with a password alone outside production, with short access tokens', async () => {
    expect(t.config.mfaRequired).toBe(false);
    const response = await login(t.client, await newUser(t, 'organiser'));
    const tokens = response.body as AuthTokens;
    expect(response.status).toBe(200);
    expect(tokens.accessToken).toBeDefined();
    expect(tokens.expiresIn).toBeLessThanOrEqual(900);
    expect(tokens.sessionIdleMinutes).toBe(30);
    const [, payload] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
  });

  it('lets any user switch a second factor on and — with password and code — off again', async () => {
    const email = await newUser(t, 'enterprise');
    const session = (await login(t.client, email)).body as AuthTokens;
    const asUser = t.client.withToken(session.accessToken);
    expect((await asUser.get<MfaStatus>('/api/auth/mfa')).body).toEqual({
      enabled: false,
      required: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    expect((await t.client.get('/api/auth/mfa')).status).toBe(401);

    const setup = await asUser.post<MfaSetup>('/api/auth/mfa/setup');
    expect(setup.status).toBe(200);
    // From a session the password is asked again: an access token alone cannot bind an authenticator.
    const enableWithoutPassword = await asUser.post<FieldErrors>('/api/auth/mfa/enable', {
      code: totpCode(setup.body.secret),
    });
    expect(enableWithoutPassword.status).toBe(400);
    expect(enableWithoutPassword.body.errors[0].field).toBe('password');
    const wrongPassword = await asUser.post<FieldErrors>('/api/auth/mfa/enable', {
      code: totpCode(setup.body.secret),
      password: 'Wrong#2025pass',
    });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors[0].field).toBe('password');
    const wrong = await asUser.post<FieldErrors>('/api/auth/mfa/enable', {
      code: totpCode(setup.body.secret, 3),
      password: FACTORY_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');
    const enabled = await asUser.post<MfaEnableResult>('/api/auth/mfa/enable', {
      code: totpCode(setup.body.secret),
      password: FACTORY_PASSWORD,
    });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(enabled.body.tokens).toBeUndefined();
    expect((await asUser.get<MfaStatus>('/api/auth/mfa')).body).toMatchObject({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });

    // Once on, it is always asked for, whatever the setting.
    const challenge = (await login(t.client, email)).body as MfaChallenge;
    expect(challenge.mfaRequired).toBe(true);
    const verified = await t.client.post<AuthTokens>('/api/auth/mfa/verify', {
      challengeToken: challenge.challengeToken,
      code: totpCode(setup.body.secret, 1),
    });
    expect(verified.status).toBe(200);

    const noPassword = await asUser.post<FieldErrors>('/api/auth/mfa/disable', {
      password: 'Wrong#Passw0rd',
      recoveryCode: enabled.body.recoveryCodes[0],
    });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.errors[0].field).toBe('password');
    const noCode = await asUser.post<FieldErrors>('/api/auth/mfa/disable', {
      password: FACTORY_PASSWORD,
      code: totpCode(setup.body.secret, -3),
    });
    expect(noCode.status).toBe(400);
    expect(noCode.body.errors[0].field).toBe('code');
    const unknownField = await asUser.post<FieldErrors>(
      '/api/auth/mfa/disable',
      { password: FACTORY_PASSWORD, code: '123456', force: true },
    );
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors.map((e) => e.field)).toContain('force');
    expect(
      (
        await asUser.post('/api/auth/mfa/disable', {
          password: FACTORY_PASSWORD,
          recoveryCode: enabled.body.recoveryCodes[0],
        })
      ).status,
    ).toBe(204);

    const plain = await login(t.client, email);
    expect((plain.body as AuthTokens).accessToken).toBeDefined();
    const actions = await t.database.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_log WHERE entity_id = (SELECT id::text FROM users WHERE email = $1) AND action LIKE 'auth.mfa.%' ORDER BY id`,
      [email],
    );
    expect(actions.rows).toEqual(
      expect.arrayContaining([
        { action: 'auth.mfa.enable', outcome: 'failure' },
        { action: 'auth.mfa.enable', outcome: 'success' },
        { action: 'auth.mfa.disable', outcome: 'failure' },
        { action: 'auth.mfa.disable', outcome: 'success' },
      ]),
    );
  });

  it('ends a session that was not used for 30 minutes', async () => {
    const email = await newUser(t, 'agency');
    const idle = (await login(t.client, email)).body as AuthTokens;
    const recent = (await login(t.client, email)).body as AuthTokens;
    await t.database.query(
      `UPDATE refresh_tokens SET created_at = now() - interval '31 minutes' WHERE id = $1`,
      [idle.refreshToken.split('.')[0]],
    );
    await t.database.query(
      `UPDATE refresh_tokens SET created_at = now() - interval '29 minutes' WHERE id = $1`,
      [recent.refreshToken.split('.')[0]],
    );
    expect(await tokenStatus(t.client, 'refresh', idle.refreshToken)).toBe(401);
    const refreshed = await t.client.post<AuthTokens>('/api/auth/refresh', {
      refreshToken: recent.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    // Using it started the idle time again.
    expect(await tokenStatus(t.client, 'refresh', refreshed.body.refreshToken)).toBe(200);
  });

  it('signs out every session of the user', async () => {
    const email = await newUser(t, 'agency');
    const laptop = (await login(t.client, email)).body as AuthTokens;
    const phone = (await login(t.client, email)).body as AuthTokens;
    const bystander = (await login(t.client, await newUser(t, 'agency')))
      .body as AuthTokens;
    expect(await tokenStatus(t.client, 'logout', laptop.refreshToken)).toBe(204);
    expect(await tokenStatus(t.client, 'refresh', laptop.refreshToken)).toBe(401);
    expect(await tokenStatus(t.client, 'refresh', phone.refreshToken)).toBe(401);
    expect(await tokenStatus(t.client, 'refresh', bystander.refreshToken)).toBe(200);
    const audit = await t.database.query<{
      actor_role: string;
      details: { scope: string };
    }>(
      `SELECT actor_role, details FROM audit_log WHERE action = 'auth.logout' AND entity_id = (SELECT id::text FROM users WHERE email = $1)`,
      [email],
    );
    expect(audit.rows).toEqual([
      { actor_role: 'agency', details: { scope: 'all_sessions' } },
    ]);
  });

  it('changes a password under the policy, refuses the last five, and ends every session', async () => {
    const email = await newUser(t, 'enterprise');
    const other = (await login(t.client, email)).body as AuthTokens;
    const session = (await login(t.client, email)).body as AuthTokens;
    let asUser = t.client.withToken(session.accessToken);
    // A successful change ends every session, this one too: sign in again with the new password.
    const change = async (currentPassword: string, newPassword: string) => {
      const response = await asUser.post<FieldErrors>('/api/auth/password', {
        currentPassword,
        newPassword,
      });
      if (response.status === 204) {
        expect((await asUser.get('/api/me')).status).toBe(401);
        const again = (await login(t.client, email, newPassword)).body as AuthTokens;
        asUser = t.client.withToken(again.accessToken);
      }
      return response;
    };

    expect(
      (
        await t.client.post('/api/auth/password', {
          currentPassword: FACTORY_PASSWORD,
          newPassword: 'N3w#Passw0rd',
        })
      ).status,
    ).toBe(401);
    const wrongCurrent = await change('Wrong#Passw0rd', 'N3w#Passw0rd');
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.errors[0]).toEqual({
      field: 'currentPassword',
      message: '当前密码不正确',
    });
    const weak = await change(FACTORY_PASSWORD, 'password');
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    expect(weak.body.errors[0].message).toContain('至少三类');
    const containsName = await change(
      FACTORY_PASSWORD,
      `${email.split('@')[0]}#A1`,
    );
    expect(containsName.status).toBe(400);
    expect(containsName.body.errors[0].message).toContain('邮箱用户名');
    const same = await change(FACTORY_PASSWORD, FACTORY_PASSWORD);
    expect(same.status).toBe(400);
    expect(same.body.errors[0].message).toContain('最近 5 次');
    const unknown = await asUser.post<FieldErrors>('/api/auth/password', {
      currentPassword: FACTORY_PASSWORD,
      newPassword: 'N3w#Passw0rd',
      email: 'x@y.cn',
    });
    expect(unknown.status).toBe(400);

    expect((await change(FACTORY_PASSWORD, 'N3w#Passw0rd1')).status).toBe(204);
    // Every session ended, the one that made the change included.
    expect(await tokenStatus(t.client, 'refresh', session.refreshToken)).toBe(401);
    expect(await tokenStatus(t.client, 'refresh', other.refreshToken)).toBe(401);
    expect((await login(t.client, email)).status).toBe(401);
    expect((await login(t.client, email, 'N3w#Passw0rd1')).status).toBe(200);

    // Four more changes: the passwords 1…5 are the last five; the first password is the sixth back.
    for (let n = 2; n <= 5; n++)
      expect(
        (await change(`N3w#Passw0rd${n - 1}`, `N3w#Passw0rd${n}`)).status,
      ).toBe(204);
    for (let n = 1; n <= 5; n++) {
      const reuse = await change('N3w#Passw0rd5', `N3w#Passw0rd${n}`);
      expect(reuse.status).toBe(400);
      expect(reuse.body.errors[0].message).toBe(
        '新密码不能与最近 5 次使用过的密码相同',
      );
    }
    expect((await change('N3w#Passw0rd5', FACTORY_PASSWORD)).status).toBe(204);
    const history = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM password_history WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    expect(history.rows[0].n).toBe(4);

    const audit = await t.database.query<{
      outcome: string;
      details: { reason?: string; sessionsEnded?: number };
    }>(
      `SELECT outcome, details FROM audit_log WHERE action = 'auth.password.change' AND entity_id = (SELECT id::text FROM users WHERE email = $1) ORDER BY id`,
      [email],
    );
    expect(audit.rows[0]).toMatchObject({
      outcome: 'failure',
      details: { reason: 'wrong_password' },
    });
    expect(audit.rows.filter((r) => r.outcome === 'success')).toHaveLength(6);
    expect(audit.rows[1].details.sessionsEnded).toBe(2);
  });

  describe('access token verification', () => {
    let claims: Record<string, unknown>;
    const now = () => Math.floor(Date.now() / 1000);
    beforeAll(async () => {
      const admin = await createUser(t, { role: 'admin' });
      const user = await t.database.query<{
        id: string;
        organisation_id: string;
        session_version: number;
      }>(`SELECT id, organisation_id, session_version FROM users WHERE email = $1`, [
        admin.email,
      ]);
      claims = {
        sub: user.rows[0].id,
        email: admin.email,
        role: 'admin',
        org: user.rows[0].organisation_id,
        typ: 'access',
        sv: user.rows[0].session_version,
      };
    });
    const valid = () => ({
      ...claims,
      iss: t.config.JWT_ISSUER,
      aud: t.config.JWT_AUDIENCE,
      iat: now(),
      exp: now() + 300,
    });
    const status = async (token: string) =>
      (await t.client.withToken(token).get('/api/me')).status;

    const HS256 = { alg: 'HS256', typ: 'JWT' };
    const sign = (payload: Record<string, unknown>) =>
      signJwt(HS256, payload, t.config.JWT_ACCESS_SECRET);

    it('accepts a well-formed HS256 token (the forgeries below differ from it in one point each)', async () => {
      expect(await status(sign(valid()))).toBe(200);
    });

    it('refuses a token without the session version, with an old one, or with a role the user no longer has', async () => {
      const { sv, ...withoutVersion } = valid() as Record<string, unknown>;
      expect(await status(sign(withoutVersion))).toBe(401);
      expect(await status(sign({ ...withoutVersion, sv: (sv as number) - 1 }))).toBe(401);
      expect(await status(sign({ ...withoutVersion, sv: (sv as number) + 1 }))).toBe(401);
      expect(await status(sign({ ...valid(), role: 'organiser' }))).toBe(401);
      expect(await status(sign(valid()))).toBe(200);
    });

    it.each<[string, () => string]>([
      ['"none"', () => signJwt({ alg: 'none', typ: 'JWT' }, valid(), '')],
      ['HS384 with the right secret', () => signJwt({ alg: 'HS384', typ: 'JWT' }, valid(), t.config.JWT_ACCESS_SECRET)],
      ['HS512 with the right secret', () => signJwt({ alg: 'HS512', typ: 'JWT' }, valid(), t.config.JWT_ACCESS_SECRET)],
      ['a wrong secret', () => signJwt(HS256, valid(), t.config.JWT_REFRESH_SECRET)],
      ['another issuer', () => sign({ ...valid(), iss: 'someone-else' })],
      ['another audience', () => sign({ ...valid(), aud: 'another-app' })],
      ['the MFA enrolment audience', () => sign({ ...valid(), aud: `${t.config.JWT_AUDIENCE}:mfa_enrolment` })],
      ['a token without issuer', () => sign(without(valid(), 'iss'))],
      ['an expired token', () => sign({ ...valid(), iat: now() - 1000, exp: now() - 10 })],
      ['a token without expiry', () => sign(without(valid(), 'exp'))],
      ['a non-access token', () => sign({ ...valid(), typ: 'mfa_challenge' })],
    ])('refuses %s', async (_, token) => {
      expect(await status(token())).toBe(401);
    });
  });
});
