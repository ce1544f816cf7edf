import { DEV_SEALING_MASTER_KEY, PasswordHasher } from '@scenematch/server-crypto';
import { applyPasswordHashCost, ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for development', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@localhost:5432/scenematch');
    expect(config.seedDemo).toBe(true);
  });

  it('keeps metrics off and logs JSON unless asked; production refuses pretty logs', () => {
    const plain = loadConfig({});
    expect(plain.METRICS_PORT).toBeUndefined();
    expect(plain.WORKER_METRICS_PORT).toBeUndefined();
    expect(plain.METRICS_HOST).toBe('127.0.0.1');
    expect(plain.LOG_FORMAT).toBe('json');
    const on = loadConfig({ METRICS_PORT: '9464', WORKER_METRICS_PORT: '9465', METRICS_HOST: '10.0.0.5', LOG_FORMAT: 'pretty' });
    expect([on.METRICS_PORT, on.WORKER_METRICS_PORT, on.METRICS_HOST, on.LOG_FORMAT]).toEqual([9464, 9465, '10.0.0.5', 'pretty']);
    expect(() => loadConfig({ METRICS_PORT: 'on' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ LOG_FORMAT: 'text' })).toThrow(/LOG_FORMAT must be json or pretty/);
    const production = { NODE_ENV: 'production', JWT_ACCESS_SECRET: 'a'.repeat(40), JWT_REFRESH_SECRET: 'b'.repeat(40), SEALING_MASTER_KEY: 'c'.repeat(64) };
    expect(() => loadConfig({ ...production, LOG_FORMAT: 'pretty' })).toThrow(/production logs JSON/);
    expect(loadConfig(production).LOG_FORMAT).toBe('json');
  });

  it('lets only tests lower the password hashing cost, and new hashes follow the applied setting', async () => {
    const low = { PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' };
    expect(() => loadConfig(low)).toThrow(/only in tests \(NODE_ENV=test\)/);
    expect(() => loadConfig({ PASSWORD_HASH_PASSES: '1' })).toThrow(/PASSWORD_HASH_PASSES/);
    const test = loadConfig({ NODE_ENV: 'test', ...low });
    // Reading a configuration changes nothing in the process; applying it does.
    expect(await PasswordHasher.hash('Correct#Horse9')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    applyPasswordHashCost(test);
    const cheap = await PasswordHasher.hash('Correct#Horse9');
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    // Back to the defaults: new hashes at full cost, the cheap one still verifies.
    applyPasswordHashCost(loadConfig({}));
    expect(await PasswordHasher.hash('Correct#Horse9')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(PasswordHasher.verify(cheap, 'Correct#Horse9')).resolves.toBe(true);
  });

  it('lists every bad value in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
    }
  });

  it('keeps OIDC sign-in off unless switched on with an issuer, a client and a secret; https only in production', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(() => loadConfig({ OIDC_ENABLED: 'true', OIDC_ISSUER: 'https://idp.example.gov.cn' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ OIDC_SCOPES: 'profile email' })).toThrow(/openid/);
    const oidc = loadConfig({
      OIDC_ENABLED: 'true',
      OIDC_ISSUER: 'http://127.0.0.1:9000',
      OIDC_CLIENT_ID: 'scenematch',
      OIDC_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://ai.example.gov.cn/',
    }).oidc;
    expect(oidc).toMatchObject({ redirectUri: 'https://ai.example.gov.cn/api/auth/sso/callback', displayName: '统一身份认证登录' });
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_ACCESS_SECRET: 'a'.repeat(40),
        JWT_REFRESH_SECRET: 'b'.repeat(40),
        SEALING_MASTER_KEY: 'c'.repeat(64),
        OIDC_ENABLED: 'true',
        OIDC_ISSUER: 'http://idp.example.gov.cn',
        OIDC_CLIENT_ID: 'scenematch',
        OIDC_CLIENT_SECRET: 'secret',
      }),
    ).toThrow(/https/);
  });

  it('refuses the default JWT secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/own secrets/);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 'a'.repeat(40),
      JWT_REFRESH_SECRET: 'b'.repeat(40),
      SEALING_MASTER_KEY: 'c'.repeat(64),
    });
    expect(config.seedDemo).toBe(false);
  });
  it('makes a second factor mandatory in production unless told otherwise, and keeps access tokens short', () => {
    const secrets = { JWT_ACCESS_SECRET: 'a'.repeat(40), JWT_REFRESH_SECRET: 'b'.repeat(40), SEALING_MASTER_KEY: 'c'.repeat(64) };
    expect(loadConfig({}).mfaRequired).toBe(false);
    expect(loadConfig({ MFA_REQUIRED: 'true' }).mfaRequired).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).mfaRequired).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', MFA_REQUIRED: 'false', ...secrets }).mfaRequired).toBe(false);
    expect(loadConfig({}).SESSION_IDLE_MINUTES).toBe(30);
    expect(() => loadConfig({ JWT_ACCESS_TTL_SECONDS: '3600' })).toThrow(/JWT_ACCESS_TTL_SECONDS/);
    expect(() => loadConfig({ MFA_ENCRYPTION_KEY: 'short' })).toThrow(/MFA_ENCRYPTION_KEY/);
  });

  it('seals with a DEV master key outside production and refuses to start production without a real one', () => {
    const secrets = { NODE_ENV: 'production', JWT_ACCESS_SECRET: 'a'.repeat(40), JWT_REFRESH_SECRET: 'b'.repeat(40) };
    expect(loadConfig({}).sealingMasterKey.length).toBe(32);
    expect(loadConfig({}).CRYPTO_SUITE).toBe('aes-256-gcm');
    expect(() => loadConfig(secrets)).toThrow(/SEALING_MASTER_KEY must be set/);
    expect(() => loadConfig({ ...secrets, SEALING_MASTER_KEY: DEV_SEALING_MASTER_KEY })).toThrow(/SEALING_MASTER_KEY must be set/);
    expect(() => loadConfig({ SEALING_MASTER_KEY: 'short' })).toThrow(/32 random bytes/);
    expect(() => loadConfig({ CRYPTO_SUITE: 'des' })).toThrow(/CRYPTO_SUITE/);
    const config = loadConfig({ ...secrets, SEALING_MASTER_KEY: 'c'.repeat(64), CRYPTO_SUITE: 'sm4' });
    expect(config.sealingMasterKey.toString('hex')).toBe('c'.repeat(64));
    expect(config.CRYPTO_SUITE).toBe('sm4');
  });
});
