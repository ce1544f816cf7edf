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

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
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

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@localhost:5432/scenematch';

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
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

  @Transform(toInt) @IsInt() @Min(60) @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(300)
  JWT_REFRESH_TTL_SECONDS = 7 * 24 * 3600;

  @IsString()
  JWT_ISSUER = 'scenematch';

  @IsString()
  JWT_AUDIENCE = 'scenematch-portal';

  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  /** Sign-in and registration requests per client address per minute. */
  @Transform(toInt) @IsInt() @Min(1)
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

  @Transform(toBool) @IsBoolean()
  TRUST_PROXY = false;

  /** How often the outbox relay looks for new rows (ms). */
  @Transform(toInt) @IsInt() @Min(20)
  OUTBOX_POLL_MS = 200;

  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY = 4;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [...known, 'SEED_DEMO', 'PORTAL_DIR']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (config.isProduction) {
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
  if (problems.length) throw new ConfigError(problems);
  return config;
}
