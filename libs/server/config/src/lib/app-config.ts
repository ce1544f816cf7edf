import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { CRYPTO_SUITES, CryptoSuiteName, DEV_SEALING_MASTER_KEY, parseMasterKey, PASSWORD_HASH_COST, setPasswordHashCost } from '@scenematch/server-crypto';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
/**
 * An integer setting of at least `min` (and at most `max`): the same decorators, in the same
 * order, as `@Transform(toInt) @IsInt() @Min(min) @Max(max)` written on the property.
 */
function IntSetting(min: number, max?: number): PropertyDecorator {
  // Listed bottom-up: stacked decorators apply from the one nearest the property.
  const bottomUp: PropertyDecorator[] = [...(max === undefined ? [] : [Max(max)]), Min(min), IsInt(), Transform(toInt)];
  return (target, key) => {
    for (const decorate of bottomUp) decorate(target, key);
  };
}
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

export const DEV_JWT_ACCESS_SECRET = 'dev-only-access-secret-change-me-in-production';
export const DEV_JWT_REFRESH_SECRET = 'dev-only-refresh-secret-change-me-in-production';

/**
 * Every setting the API and the worker read, validated once at startup. Environment variable
 * names are the property names; `.env.example` lists them with their defaults.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IntSetting(0, 65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@localhost:5432/scenematch';

  @IntSetting(1, 200)
  DATABASE_POOL_SIZE = 20;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://localhost:6379';

  /** BullMQ key prefix: separate deployments (or test runs) sharing one Redis use different ones. */
  @Matches(/^[a-zA-Z0-9_-]+$/)
  QUEUE_PREFIX = 'scenematch';

  @IsString() @MinLength(16)
  JWT_ACCESS_SECRET = DEV_JWT_ACCESS_SECRET;

  @IsString() @MinLength(16)
  JWT_REFRESH_SECRET = DEV_JWT_REFRESH_SECRET;

  /** Access tokens stay short (at most 15 minutes): they cannot be revoked before they expire. */
  @IntSetting(60, 900)
  JWT_ACCESS_TTL_SECONDS = 900;

  @IntSetting(300)
  JWT_REFRESH_TTL_SECONDS = 7 * 24 * 3600;

  @IsString()
  JWT_ISSUER = 'scenematch';

  @IsString()
  JWT_AUDIENCE = 'scenematch-portal';

  @IntSetting(1, 100)
  LOGIN_MAX_FAILURES = 5;

  @IntSetting(1)
  LOGIN_LOCK_MINUTES = 15;

  /** A session (refresh token) not used for this many minutes ends; the portal signs out after as long without activity. */
  @IntSetting(1, 1440)
  SESSION_IDLE_MINUTES = 30;

  /** Second factor (TOTP) mandatory for organiser and admin accounts; default on in production only. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  MFA_REQUIRED?: boolean;

  /** Key (32+ characters) encrypting TOTP secrets at rest; default: derived from JWT_REFRESH_SECRET. */
  @IsOptional() @IsString() @MinLength(32)
  MFA_ENCRYPTION_KEY?: string;

  /** Sign-in and registration requests per client address per minute. */
  @IntSetting(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 60;

  /** Load demo organisations and users (never in production unless asked explicitly). */
  @IsOptional() @Transform(toBool) @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional() @IsString()
  PORTAL_DIR?: string;

  @IsString()
  STORAGE_DIR = './storage';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * `json` (one JSON object a line, for log collectors) or `pretty` (coloured, human-readable
   * lines for a developer's terminal; `npm start` picks it outside production). Production logs JSON.
   */
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /**
   * Prometheus metrics of the API on a listener of their own (`GET /metrics` on this port), never
   * on the public port. Unset: no metrics listener. 0: any free port (tests).
   */
  @IsOptional() @IntSetting(0, 65535)
  METRICS_PORT?: number;

  /** The worker's metrics listener (a port of its own: API and worker may share a host). Unset: none. */
  @IsOptional() @IntSetting(0, 65535)
  WORKER_METRICS_PORT?: number;

  /** Address the metrics listeners bind to: loopback unless the scraper is on another host. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

  @Transform(toBool) @IsBoolean()
  TRUST_PROXY = false;

  /** How often the outbox relay looks for new rows (ms). */
  @IntSetting(20)
  OUTBOX_POLL_MS = 200;

  @IntSetting(1, 64)
  WORKER_CONCURRENCY = 4;

  /**
   * How long a worker's lock on a running job lasts without renewal (it renews every half of
   * this). A worker that dies (killed, out of memory, host lost) leaves its jobs locked until
   * the lock expires; then another worker's stalled-job check puts them back in the queue.
   */
  @IntSetting(1000, 600_000)
  QUEUE_LOCK_MS = 30_000;

  /** How often each worker looks for jobs whose lock expired (stalled jobs) to retry them. */
  @IntSetting(500, 600_000)
  QUEUE_STALLED_INTERVAL_MS = 30_000;

  /**
   * A failed job is tried again after this many milliseconds, then twice, four and eight times as
   * long (five attempts in all); after the last it waits in the failed set for the admin.
   */
  @IntSetting(10, 600_000)
  JOB_RETRY_DELAY_MS = 1000;

  /** A job whose worker died this many times fails for good (a job that kills its worker). */
  @IntSetting(1, 10)
  QUEUE_MAX_STALLED = 2;

  /**
   * SIGTERM: stop accepting, let requests and jobs in progress finish, then close. A process
   * still busy after this many milliseconds exits anyway (its jobs return to the queue).
   */
  @IntSetting(1000, 600_000)
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /**
   * Argon2id cost of new password hashes: memory in KiB and passes. OWASP's minimum (19 MiB, 2
   * passes) is the floor outside tests; the tests lower it (each test signs many users in, and
   * every sign-in verifies a hash at the cost it was made with).
   */
  @IntSetting(8, 4_194_304)
  PASSWORD_HASH_MEMORY_KIB: number = PASSWORD_HASH_COST.memoryKiB;

  @IntSetting(1, 100)
  PASSWORD_HASH_PASSES: number = PASSWORD_HASH_COST.passes;

  /** PostgreSQL: give up connecting after this long (requests answer 503 instead of waiting). */
  @IntSetting(100, 60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 3000;

  /** PostgreSQL cancels any statement running longer than this (0: no limit). */
  @IntSetting(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /**
   * Longest pause a pipeline probe job may ask for (`holdMs`), to check stalled-job recovery
   * and graceful shutdown against a running job. 0 (the default) ignores the request.
   */
  @IntSetting(0, 600_000)
  PROBE_MAX_HOLD_MS = 0;

  /** Outgoing mail server, `smtp://user:pass@host:port` (or smtps://); unset: mails are written to MAIL_DIR. */
  @IsOptional() @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString() @MinLength(3)
  MAIL_FROM = 'SceneMatch 场景揭榜对接平台 <no-reply@scenematch.local>';

  /** Where mails are written as .eml files when SMTP_URL is unset (development, tests). */
  @IsString()
  MAIL_DIR = './var/mail';

  /**
   * SMS gateway: `file` writes each message (sign name, template id, parameters) as a JSON file
   * into SMS_DIR instead of sending it (development, tests); `none` sends nothing and refuses
   * phone codes. A real gateway (阿里云短信 / 腾讯云短信) plugs in behind the same interface.
   */
  @IsIn(['file', 'none'], { message: 'SMS_PROVIDER must be file or none' })
  SMS_PROVIDER: 'file' | 'none' = 'file';

  /** Where SMS messages are written as .json files when SMS_PROVIDER=file. */
  @IsString()
  SMS_DIR = './var/sms';

  /** The approved SMS signature (短信签名). */
  @IsString() @MinLength(2)
  SMS_SIGN_NAME = '场景揭榜平台';

  /** Template of verification codes; parameters `code` and `minutes`. */
  @IsString() @MinLength(1)
  SMS_TEMPLATE_CODE = 'SMS_CODE_001';

  /** Template of urgent notices; parameters `title` and `detail`. */
  @IsString() @MinLength(1)
  SMS_TEMPLATE_NOTICE = 'SMS_NOTICE_001';

  /** Seconds an SMS code stays valid. */
  @IntSetting(30, 1800)
  SMS_CODE_TTL_SECONDS = 300;

  /** Wrong tries after which a code is void. */
  @IntSetting(1, 20)
  SMS_CODE_MAX_ATTEMPTS = 5;

  /** Codes per number per minute, per hour and per day (all API processes together). */
  @IntSetting(1)
  SMS_LIMIT_PER_MINUTE = 1;

  @IntSetting(1)
  SMS_LIMIT_PER_HOUR = 5;

  @IntSetting(1)
  SMS_LIMIT_PER_DAY = 10;

  /** Codes per client address per hour, whatever the numbers. */
  @IntSetting(1)
  SMS_LIMIT_PER_ADDRESS_HOUR = 20;

  /**
   * WeChat service-account template messages: `file` writes each (openid, template id, data,
   * url) as a JSON file into WECHAT_DIR; `none` sends nothing.
   */
  @IsIn(['file', 'none'], { message: 'WECHAT_PROVIDER must be file or none' })
  WECHAT_PROVIDER: 'file' | 'none' = 'file';

  @IsString()
  WECHAT_DIR = './var/wechat';

  /** The service account's AppID (公众号 AppID). */
  @IsString()
  WECHAT_APPID = 'wx0000000000000000';

  /** The template of notices; data keys `first`, `keyword1` (title), `keyword2` (time), `remark`. */
  @IsString() @MinLength(1)
  WECHAT_TEMPLATE_NOTICE = 'WX_TEMPLATE_NOTICE';

  /** The portal's address as users reach it: links in mails (unsubscribe, open in the portal). */
  @Matches(/^https?:\/\/[^/]+/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Companies matching a newly published scenario at least this well are told about it (0–100).
   * The notice and the weekly digest name the level of this score as the portal does (SCORE_LEVELS):
   * 高度匹配 from 80, where 99 % of the pairs fit on the held-out sets (`npm run eval`); at 70 they
   * say 较为匹配 (94 % fit).
   */
  @IntSetting(0, 100)
  MATCH_NOTIFY_MIN_SCORE = 80;

  /**
   * Cipher suite for sealed bids and the audit hash chain: `aes-256-gcm` (with SHA-256) or
   * `sm4` (国密: SM4 with HMAC-SM3, and SM3 for the audit chain).
   */
  @IsIn(CRYPTO_SUITES as unknown as string[], { message: 'CRYPTO_SUITE must be aes-256-gcm or sm4' })
  CRYPTO_SUITE: CryptoSuiteName = 'aes-256-gcm';

  /**
   * Master key (base64 or hex of 32 random bytes) wrapping the per-scenario data keys of sealed
   * bids. Development and tests fall back to a fixed, public DEV key; production refuses to start without a real one.
   */
  @IsOptional() @IsString()
  SEALING_MASTER_KEY?: string;

  /** The master key being rotated out: still unwraps until `npm run keys:rotate` has re-wrapped every data key. */
  @IsOptional() @IsString()
  SEALING_MASTER_KEY_PREVIOUS?: string;

  /** Sign-in through the unified identity service (统一身份认证, OpenID Connect). Off: no button, the routes answer 404. */
  @Transform(toBool) @IsBoolean()
  OIDC_ENABLED = false;

  /** The provider's issuer URL; its configuration is read from `<issuer>/.well-known/openid-configuration` at start. */
  @IsOptional() @Matches(/^https?:\/\/[^/]+/, { message: 'OIDC_ISSUER must be an http(s):// URL' })
  OIDC_ISSUER?: string;

  @IsOptional() @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional() @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** Space-separated scopes asked for (`openid` is required). */
  @Matches(/(^|\s)openid(\s|$)/, { message: 'OIDC_SCOPES must include openid' })
  OIDC_SCOPES = 'openid profile email phone';

  /** Where the provider sends the browser back; default `<PUBLIC_URL>/api/auth/sso/callback`. Register it at the provider. */
  @IsOptional() @Matches(/^https?:\/\/[^/]+/, { message: 'OIDC_REDIRECT_URI must be an http(s):// URL' })
  OIDC_REDIRECT_URI?: string;

  /** The sign-in button's text on the login page. */
  @IsString() @MinLength(2)
  OIDC_DISPLAY_NAME = '统一身份认证登录';

  /** The claim carrying the USCC (companies) or the staff id; shown to the admin who approves a link. Empty: none. */
  @IsString()
  OIDC_EXTERNAL_ID_CLAIM = '';

  @IsString() @MinLength(1)
  OIDC_EMAIL_CLAIM = 'email';

  /** The claim saying the e-mail is verified (true): only a verified e-mail links to an existing account on its own. */
  @IsString() @MinLength(1)
  OIDC_EMAIL_VERIFIED_CLAIM = 'email_verified';

  @IsString() @MinLength(1)
  OIDC_PHONE_CLAIM = 'phone_number';

  @IsString() @MinLength(1)
  OIDC_PHONE_VERIFIED_CLAIM = 'phone_number_verified';

  /**
   * `amr` values (comma-separated) meaning the provider checked a second factor: such a sign-in
   * satisfies the platform's second-factor rule. Empty: the platform always asks for its own.
   */
  @IsString()
  OIDC_MFA_AMR_VALUES = 'mfa,otp,hwk,sms';

  /** The OIDC settings in force, or null when sign-in through the identity service is off. */
  get oidc(): { issuer: string; clientId: string; clientSecret: string; scopes: string; redirectUri: string; displayName: string } | null {
    if (!this.OIDC_ENABLED || !this.OIDC_ISSUER || !this.OIDC_CLIENT_ID || !this.OIDC_CLIENT_SECRET) return null;
    return {
      issuer: this.OIDC_ISSUER,
      clientId: this.OIDC_CLIENT_ID,
      clientSecret: this.OIDC_CLIENT_SECRET,
      scopes: this.OIDC_SCOPES,
      redirectUri: this.OIDC_REDIRECT_URI ?? `${this.PUBLIC_URL.replace(/\/$/, '')}/api/auth/sso/callback`,
      displayName: this.OIDC_DISPLAY_NAME,
    };
  }

  /** The master key in force (the DEV key outside production when none is set). */
  get sealingMasterKey(): Buffer {
    return parseMasterKey(this.SEALING_MASTER_KEY ?? (this.isProduction ? undefined : DEV_SEALING_MASTER_KEY)) as Buffer;
  }

  get sealingPreviousMasterKey(): Buffer | null {
    return parseMasterKey(this.SEALING_MASTER_KEY_PREVIOUS);
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }

  get mfaRequired(): boolean {
    return this.MFA_REQUIRED ?? this.isProduction;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Makes this process hash new passwords at the configured cost. The entry points call it once,
 * after loadConfig (the API before it seeds, the worker, an app under test), rather than loadConfig
 * changing process-wide state as it reads. A stored hash names its own cost and verifies whatever
 * the setting.
 */
export function applyPasswordHashCost(config: Pick<AppConfig, 'PASSWORD_HASH_MEMORY_KIB' | 'PASSWORD_HASH_PASSES'>): void {
  setPasswordHashCost(config.PASSWORD_HASH_MEMORY_KIB, config.PASSWORD_HASH_PASSES);
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [...known, 'SEED_DEMO', 'PORTAL_DIR', 'MFA_REQUIRED', 'MFA_ENCRYPTION_KEY', 'SMTP_URL', 'SEALING_MASTER_KEY', 'SEALING_MASTER_KEY_PREVIOUS', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'METRICS_PORT', 'WORKER_METRICS_PORT']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (config.SEALING_MASTER_KEY !== undefined && !parseMasterKey(config.SEALING_MASTER_KEY)) {
    problems.push('SEALING_MASTER_KEY must be 32 random bytes in base64 or hex (e.g. `openssl rand -base64 32`)');
  }
  if (config.SEALING_MASTER_KEY_PREVIOUS !== undefined && !parseMasterKey(config.SEALING_MASTER_KEY_PREVIOUS)) {
    problems.push('SEALING_MASTER_KEY_PREVIOUS must be 32 bytes in base64 or hex');
  }
  if (config.OIDC_ENABLED && (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET)) {
    problems.push('OIDC_ENABLED needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  }
  if (config.isProduction && config.OIDC_ENABLED && config.OIDC_ISSUER?.startsWith('http://')) {
    problems.push('OIDC_ISSUER must be an https:// URL in production');
  }
  if (config.isProduction) {
    if (config.LOG_FORMAT === 'pretty') problems.push('LOG_FORMAT=pretty is for development: production logs JSON for the log collector');
    if (!config.SEALING_MASTER_KEY || parseMasterKey(config.SEALING_MASTER_KEY)?.equals(parseMasterKey(DEV_SEALING_MASTER_KEY) as Buffer)) {
      problems.push('SEALING_MASTER_KEY must be set to your own master key in production (sealed bids are encrypted with it)');
    }
    if (config.JWT_ACCESS_SECRET === DEV_JWT_ACCESS_SECRET || config.JWT_REFRESH_SECRET === DEV_JWT_REFRESH_SECRET) {
      problems.push('JWT_ACCESS_SECRET and JWT_REFRESH_SECRET must be set to your own secrets in production');
    }
    if (config.JWT_ACCESS_SECRET.length < 32 || config.JWT_REFRESH_SECRET.length < 32) {
      problems.push('JWT secrets must be at least 32 characters in production');
    }
    if (config.JWT_ACCESS_SECRET === config.JWT_REFRESH_SECRET) {
      problems.push('JWT_ACCESS_SECRET and JWT_REFRESH_SECRET must differ');
    }
  }
  if (config.NODE_ENV !== 'test' && (config.PASSWORD_HASH_MEMORY_KIB < PASSWORD_HASH_COST.memoryKiB || config.PASSWORD_HASH_PASSES < PASSWORD_HASH_COST.passes)) {
    problems.push(`PASSWORD_HASH_MEMORY_KIB and PASSWORD_HASH_PASSES may be lowered below ${PASSWORD_HASH_COST.memoryKiB} and ${PASSWORD_HASH_COST.passes} only in tests (NODE_ENV=test)`);
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
