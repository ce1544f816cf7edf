import { AuthTokens, isMfaChallenge, LinkedIdentityView, LoginResponse, Page, SsoExchangeResponse, SsoLinkRequestView } from '@scenematch/contracts';
import { createOrganisation, createUser, OidcDevProvider, TEST_REDIS_URL, TestClient, TestResponse, TestUser } from '@scenematch/server-testing';
import { Redis } from 'ioredis';
import { startTestApp, TestApp } from '../testing/test-app';

const REDIRECT_URI = 'http://portal.test/api/auth/sso/callback';

/**
 * Sign-in through the unified identity service against a real OpenID Connect provider
 * (node-oidc-provider in its own process): PKCE, state and nonce checked; linking by verified
 * e-mail or verified mobile number; an admin's approval for the unknown; the platform's own checks and second factor.
 */
describe('single sign-on (OpenID Connect)', () => {
  let t: TestApp;
  let provider: OidcDevProvider;
  let admin: TestClient;
  let company: TestUser;
  let redis: Redis;

  beforeAll(async () => {
    provider = await OidcDevProvider.start({
      redirectUris: [REDIRECT_URI],
      accounts: {
        'linked-staff': { email: 'someone-else@example.cn', email_verified: true, name: '已关联' },
        'verified-staff': { email: 'sso-verified@example.cn', email_verified: true, name: '邮箱已验证' },
        'unverified-staff': { email: 'sso-unverified@example.cn', email_verified: false, name: '邮箱未验证' },
        'unknown-staff': { email: 'new.staff@gov.example.cn', email_verified: true, name: '王科员', staff_id: 'GZ-2025-0042' },
        'otp-staff': { email: 'sso-otp@example.cn', email_verified: true, name: '二次验证', amr: ['pwd', 'otp'] },
        'pwd-staff': { email: 'sso-pwd@example.cn', email_verified: true, name: '仅密码', amr: ['pwd'] },
        // The e-mails match nobody here: only the mobile number can link these.
        'phone-staff': { email: 'phone.staff@gov.example.cn', email_verified: true, phone_number: '+86 138-0013-9001', phone_number_verified: true, name: '手机已验证' },
        'phone-unverified-staff': { phone_number: '13800139002', phone_number_verified: false, name: '手机未验证' },
        'phone-platform-unverified': { phone_number: '+8613800139003', phone_number_verified: true, name: '平台号码未验证' },
        'phone-disabled-staff': { phone_number: '13800139004', phone_number_verified: true, name: '账号已停用' },
      },
    });
    t = await startTestApp('sso', {
      OIDC_ENABLED: 'true',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URI: REDIRECT_URI,
      OIDC_EXTERNAL_ID_CLAIM: 'staff_id',
    });
    [admin, company] = await Promise.all([createUser(t, { role: 'admin' }).then((u) => u.client), createUser(t, { role: 'enterprise', verified: true })]);
    redis = new Redis(TEST_REDIS_URL, { keyPrefix: `${t.config.QUEUE_PREFIX}:sso:` });
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
    await provider?.stop();
  });

  /** A user of a company (the e-mail the provider's account names); `phone`: their mobile number, verified here by SMS code or not. */
  const newUser = async (email: string, phone?: { number: string; verified: boolean }) => {
    await t.database.query(
      `INSERT INTO users (email, password_hash, display_name, role, organisation_id, phone, phone_verified_at)
       SELECT $1, password_hash, '统一认证测试', 'enterprise', organisation_id, $2::text, CASE WHEN $3 THEN now() END FROM users WHERE id = $4`,
      [email, phone?.number ?? null, phone?.verified ?? false, company.id],
    );
    return (await t.database.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email])).rows[0].id;
  };

  /** Start, sign in at the provider, come back; `tamper` may change what the browser brings back. */
  const begin = async () => {
    const start = await t.client.get('/api/auth/sso/start');
    expect(start.status).toBe(302);
    const cookie = String(start.headers['set-cookie']).split(';')[0];
    expect(String(start.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(start.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
    const authorization = new URL(String(start.headers['location']));
    return { cookie, authorization, flowId: cookie.split('=')[1] };
  };
  const comeBack = async (cookie: string, back: URL): Promise<TestResponse<SsoExchangeResponse>> => {
    const callback = await t.client.request('GET', `/api/auth/sso/callback${back.search}`, undefined, { cookie });
    expect(callback.status).toBe(302);
    // Nothing secret in the URL the browser lands on (it ends up in history, logs, referrers).
    expect(callback.headers['location']).toBe('/login/sso');
    return t.client.post<SsoExchangeResponse>('/api/auth/sso/exchange', {}, { cookie });
  };
  const signIn = async (login: string) => {
    const { cookie, authorization } = await begin();
    return comeBack(cookie, await provider.signIn(authorization.href, login));
  };
  const tokensOf = (response: TestResponse<SsoExchangeResponse>) => {
    expect(response.status).toBe(200);
    expect(response.body).toHaveProperty('accessToken');
    return response.body as AuthTokens;
  };
  const audit = async (action: string) =>
    (await t.database.query<{ outcome: string; details: Record<string, unknown>; entity_id: string }>(`SELECT outcome, details, entity_id FROM audit_log WHERE action = $1 ORDER BY id`, [action])).rows;

  it('offers the button, and sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    expect((await t.client.get('/api/auth/sso/config')).body).toEqual({ enabled: true, displayName: '统一身份认证登录' });
    const { authorization } = await begin();
    expect(authorization.origin).toBe(provider.issuer);
    const params = authorization.searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(params.get('scope')).toContain('openid');
  });

  it('signs a linked account in with the platform\'s own tokens, once per flow', async () => {
    const userId = await newUser('sso-linked@example.cn');
    await t.database.query(`INSERT INTO user_identities (user_id, issuer, subject, linked_by) VALUES ($1, $2, 'linked-staff', 'admin_approval')`, [userId, provider.issuer]);
    const { cookie, authorization } = await begin();
    const response = await comeBack(cookie, await provider.signIn(authorization.href, 'linked-staff'));
    const tokens = tokensOf(response);
    expect(tokens.user).toMatchObject({ id: userId, email: 'sso-linked@example.cn' });
    const me = await t.client.withToken(tokens.accessToken).get<{ id: string }>('/api/me');
    expect(me.body.id).toBe(userId);
    // The refresh token works like a password sign-in's.
    expect((await t.client.post('/api/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(200);
    // The outcome is redeemed once: a second exchange with the same cookie is refused.
    expect((await t.client.post('/api/auth/sso/exchange', {}, { cookie })).status).toBe(401);
    const logins = await audit('auth.login');
    expect(logins.at(-1)).toMatchObject({ outcome: 'success', entity_id: userId, details: { method: 'oidc', issuer: provider.issuer } });
    const identities = await t.client.withToken(tokens.accessToken).get<LinkedIdentityView[]>('/api/me/identities');
    expect(identities.body).toEqual([expect.objectContaining({ subject: 'linked-staff', linkedBy: 'admin_approval', providerName: '统一身份认证' })]);
    expect(identities.body[0].lastLoginAt).not.toBeNull();
  });

  it('links an unlinked account to the user with the same VERIFIED e-mail; an unverified e-mail waits for an admin', async () => {
    const verifiedId = await newUser('sso-verified@example.cn');
    const tokens = tokensOf(await signIn('verified-staff'));
    expect(tokens.user.id).toBe(verifiedId);
    expect((await audit('auth.sso.link')).at(-1)).toMatchObject({ entity_id: verifiedId, details: { linkedBy: 'verified_email', subject: 'verified-staff' } });

    const unverifiedId = await newUser('sso-unverified@example.cn');
    const waiting = await signIn('unverified-staff');
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({ ssoPending: true, message: expect.stringContaining('等待管理员审核') });
    const queue = await admin.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests');
    const request = queue.body.items.find((r) => r.subject === 'unverified-staff');
    // The admin sees the likely account, but nothing was linked on an unverified claim.
    expect(request).toMatchObject({ status: 'pending', emailVerified: false, suggestedUser: { id: unverifiedId } });
    expect((await t.database.query(`SELECT 1 FROM user_identities WHERE user_id = $1`, [unverifiedId])).rowCount).toBe(0);
    // Signing in again while waiting keeps one request.
    await signIn('unverified-staff');
    expect((await admin.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests')).body.items.filter((r) => r.subject === 'unverified-staff')).toHaveLength(1);
  });

  it("links to the user whose number is verified here when the provider's number is verified; otherwise the admin decides, with that user suggested", async () => {
    // Verified at the provider (sent as +86 138-0013-9001) and verified here: linked on first sign-in.
    const phoneId = await newUser('sso-phone@example.cn', { number: '13800139001', verified: true });
    const tokens = tokensOf(await signIn('phone-staff'));
    expect(tokens.user.id).toBe(phoneId);
    expect((await audit('auth.sso.link')).at(-1)).toMatchObject({ entity_id: phoneId, details: { linkedBy: 'verified_phone', subject: 'phone-staff' } });
    const identities = await t.client.withToken(tokens.accessToken).get<LinkedIdentityView[]>('/api/me/identities');
    expect(identities.body).toEqual([expect.objectContaining({ subject: 'phone-staff', linkedBy: 'verified_phone' })]);
    // Linked now: the next sign-in needs no rule.
    expect(tokensOf(await signIn('phone-staff')).user.id).toBe(phoneId);

    const pendingFor = async (subject: string) => {
      const waiting = await signIn(subject);
      expect(waiting.status).toBe(200);
      expect(waiting.body).toMatchObject({ ssoPending: true });
      return (await admin.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests')).body.items.find((r) => r.subject === subject);
    };
    const notLinked = async (userId: string) => expect((await t.database.query(`SELECT 1 FROM user_identities WHERE user_id = $1`, [userId])).rowCount).toBe(0);

    // The provider does not vouch for the number: waits, the same-number user is only suggested.
    const claimUnverified = await newUser('sso-phone-claim-unverified@example.cn', { number: '13800139002', verified: true });
    expect(await pendingFor('phone-unverified-staff')).toMatchObject({ phone: '13800139002', phoneVerified: false, suggestedUser: { id: claimUnverified } });
    await notLinked(claimUnverified);

    // The provider vouches, but nobody proved the number on the platform: waits (number kept as 11 digits).
    const platformUnverified = await newUser('sso-phone-platform-unverified@example.cn', { number: '13800139003', verified: false });
    expect(await pendingFor('phone-platform-unverified')).toMatchObject({ phone: '13800139003', phoneVerified: true, suggestedUser: { id: platformUnverified } });
    await notLinked(platformUnverified);

    // A disabled account is never linked by number.
    const disabled = await newUser('sso-phone-disabled@example.cn', { number: '13800139004', verified: true });
    expect((await admin.post(`/api/admin/users/${disabled}/disable`, { reason: '已调离' })).status).toBe(200);
    expect(await pendingFor('phone-disabled-staff')).toMatchObject({ phoneVerified: true });
    await notLinked(disabled);
  });

  it('does not link by number a user who already has another account at the same provider', async () => {
    const userId = (await t.database.query<{ id: string }>(`SELECT id FROM users WHERE email = 'sso-phone-disabled@example.cn'`)).rows[0].id;
    await admin.post(`/api/admin/users/${userId}/enable`, {});
    await t.database.query(`INSERT INTO user_identities (user_id, issuer, subject, linked_by) VALUES ($1, $2, 'someone-before', 'admin_approval')`, [userId, provider.issuer]);
    expect((await signIn('phone-disabled-staff')).body).toMatchObject({ ssoPending: true });
    expect((await t.database.query(`SELECT subject FROM user_identities WHERE user_id = $1`, [userId])).rows).toEqual([{ subject: 'someone-before' }]);
  });

  it('lets an unknown person wait for approval; the admin creates their account in an organisation; then they sign in', async () => {
    const waiting = await signIn('unknown-staff');
    expect(waiting.body).toMatchObject({ ssoPending: true });
    const queue = await admin.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests?status=pending');
    const request = queue.body.items.find((r) => r.subject === 'unknown-staff') as SsoLinkRequestView;
    expect(request).toMatchObject({ name: '王科员', email: 'new.staff@gov.example.cn', emailVerified: true, externalId: 'GZ-2025-0042', suggestedUser: null });

    // Only the admin decides.
    const organiser = (await createUser(t, { role: 'organiser' })).client;
    expect((await organiser.get('/api/admin/sso-requests')).status).toBe(403);
    expect((await organiser.post(`/api/admin/sso-requests/${request.id}/approve`, {})).status).toBe(403);
    // Either an existing user or an organisation, not neither.
    const neither = await admin.post<{ errors: Array<{ field: string }> }>(`/api/admin/sso-requests/${request.id}/approve`, {});
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].field).toBe('userId');

    const agencyOrg = (await createOrganisation(t, { type: 'agency', verified: true })).id;
    const approved = await admin.post<SsoLinkRequestView>(`/api/admin/sso-requests/${request.id}/approve`, { organisationId: agencyOrg });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', linkedUser: { email: 'new.staff@gov.example.cn', displayName: '王科员' } });
    expect((await admin.post(`/api/admin/sso-requests/${request.id}/approve`, { organisationId: agencyOrg })).status).toBe(409);
    expect((await audit('sso.link_request.approve')).at(-1)).toMatchObject({ entity_id: request.id, details: { createdUser: true, organisationId: agencyOrg } });

    const tokens = tokensOf(await signIn('unknown-staff'));
    expect(tokens.user).toMatchObject({ email: 'new.staff@gov.example.cn', role: 'agency', organisation: { id: agencyOrg } });

    // The admin sees the identity on the user; the user can unlink it, and signing in then asks again.
    const onUser = await admin.get<LinkedIdentityView[]>(`/api/admin/users/${tokens.user.id}/identities`);
    expect(onUser.body.map((i) => i.subject)).toEqual(['unknown-staff']);
    const me = t.client.withToken(tokens.accessToken);
    expect((await me.request('DELETE', `/api/me/identities/${onUser.body[0].id}`)).status).toBe(204);
    expect((await me.get<LinkedIdentityView[]>('/api/me/identities')).body).toEqual([]);
    expect((await audit('auth.sso.unlink')).at(-1)).toMatchObject({ entity_id: tokens.user.id });
    // Verified e-mail now matches the created account: it links again on its own.
    expect(tokensOf(await signIn('unknown-staff')).user.id).toBe(tokens.user.id);
  });

  it('rejects a request with a reason (audited)', async () => {
    // Pending since the linking test, or made now when this test runs alone (signing in again keeps one request).
    await signIn('unverified-staff');
    const request = (await admin.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests')).body.items.find((r) => r.subject === 'unverified-staff') as SsoLinkRequestView;
    expect((await admin.post(`/api/admin/sso-requests/${request.id}/reject`, { reason: '' })).status).toBe(400);
    const rejected = await admin.post<SsoLinkRequestView>(`/api/admin/sso-requests/${request.id}/reject`, { reason: '非本单位人员' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '非本单位人员' });
    expect((await audit('sso.link_request.reject')).at(-1)).toMatchObject({ entity_id: request.id, details: { reason: '非本单位人员' } });
  });

  it('refuses a tampered state, a code brought back to another browser, and a changed nonce', async () => {
    await newUser('sso-tamper@example.cn');
    const denied = () => audit('auth.sso.callback').then((rows) => rows.filter((r) => r.outcome === 'denied').length);
    const before = await denied();

    // state changed on the way back
    let flow = await begin();
    let back = await provider.signIn(flow.authorization.href, 'verified-staff');
    back.searchParams.set('state', 'forged-state');
    let exchange = await comeBack(flow.cookie, back);
    expect(exchange.status).toBe(401);
    expect(exchange.body).toMatchObject({ message: '统一身份认证校验失败，请重新登录' });

    // login CSRF: the attacker's code and state, in the victim's browser (another flow cookie)
    const attacker = await begin();
    const attackersBack = await provider.signIn(attacker.authorization.href, 'verified-staff');
    const victim = await begin();
    exchange = await comeBack(victim.cookie, attackersBack);
    expect(exchange.status).toBe(401);

    // nonce: the ID token was issued for another authorization request than the one kept here
    flow = await begin();
    back = await provider.signIn(flow.authorization.href, 'verified-staff');
    const kept = JSON.parse((await redis.get(`flow:${flow.flowId}`)) as string);
    await redis.set(`flow:${flow.flowId}`, JSON.stringify({ ...kept, nonce: 'another-nonce' }), 'EX', 60);
    exchange = await comeBack(flow.cookie, back);
    expect(exchange.status).toBe(401);

    // no flow cookie at all
    expect((await t.client.post('/api/auth/sso/exchange', {})).status).toBe(401);
    expect(await denied()).toBe(before + 3);
  });

  it('refuses a disabled account and a locked one, with the platform\'s messages', async () => {
    const userId = await newUser('sso-disabled@example.cn');
    await t.database.query(`INSERT INTO user_identities (user_id, issuer, subject, linked_by) VALUES ($1, $2, 'pwd-staff', 'admin_approval')`, [userId, provider.issuer]);
    expect((await admin.post(`/api/admin/users/${userId}/disable`, { reason: '已调离' })).status).toBe(200);
    const disabled = await signIn('pwd-staff');
    expect(disabled.status).toBe(403);
    expect(disabled.body).toMatchObject({ message: '该账号已被停用，请联系平台管理员' });
    expect((await audit('auth.sso.login')).at(-1)).toMatchObject({ outcome: 'denied', details: { reason: 'disabled' } });

    await admin.post(`/api/admin/users/${userId}/enable`, {});
    await t.database.query(`UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = $1`, [userId]);
    expect((await signIn('pwd-staff')).status).toBe(423);
    await t.database.query(`UPDATE users SET locked_until = NULL WHERE id = $1`, [userId]);
    expect(tokensOf(await signIn('pwd-staff')).user.id).toBe(userId);
  });

  it("accepts the provider's second factor (amr otp) for an account with one; a password-only sign-in gets the platform's challenge", async () => {
    const otpUser = await newUser('sso-otp@example.cn');
    const pwdUser = (await t.database.query<{ id: string }>(`SELECT id FROM users WHERE email = 'sso-disabled@example.cn'`)).rows[0].id;
    await t.database.query(`UPDATE users SET mfa_enabled = true, mfa_secret = 'not-used-by-this-test', mfa_enabled_at = now() WHERE id = ANY($1)`, [[otpUser, pwdUser]]);
    const otp = tokensOf(await signIn('otp-staff'));
    expect(otp.user.id).toBe(otpUser);
    expect((await audit('auth.login')).at(-1)).toMatchObject({ entity_id: otpUser, details: { secondFactor: 'identity_provider', amr: ['pwd', 'otp'] } });
    const pwd = await signIn('pwd-staff');
    expect(pwd.status).toBe(200);
    expect(isMfaChallenge(pwd.body as LoginResponse)).toBe(true);
    expect(pwd.body).not.toHaveProperty('accessToken');
  });

  it('answers 404 on every sign-on route when switched off, and hides the button', async () => {
    t.config.OIDC_ENABLED = false;
    try {
      expect((await t.client.get('/api/auth/sso/config')).body).toMatchObject({ enabled: false });
      expect((await t.client.get('/api/auth/sso/start')).status).toBe(404);
      expect((await t.client.get('/api/auth/sso/callback?code=x&state=y')).status).toBe(404);
      expect((await t.client.post('/api/auth/sso/exchange', {})).status).toBe(404);
    } finally {
      t.config.OIDC_ENABLED = true;
    }
  });
});
