import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import { createRedis } from '@scenematch/server-queue';
import { ORGANISATIONS } from '@scenematch/server-data';
import { Redis } from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';

/** What an access token must still match for it to be used. */
export interface SessionState {
  version: number;
  /** False when the user is disabled, erased or gone: no token of theirs is good. */
  active: boolean;
  role: Role | null;
  organisationId: string | null;
  /** Whether the user's organisation is verified (contact details are shown to verified ones). */
  organisationVerified: boolean;
}

/**
 * How long a cached state is trusted. Every change overwrites it at once; the expiry only bounds
 * how long a change made while this process could not reach Redis (but others could) goes unseen.
 */
const CACHE_SECONDS = 60;

/** A user that does not exist: newer than any version a token of theirs could carry. */
const GONE_VERSION = 2 ** 31;

/**
 * Sets the cached state unless the cache already holds a newer version: versions only grow, so
 * a slow reader that loaded an old state can never overwrite a revocation published after it.
 */
const SET_IF_NOT_OLDER = `
local current = redis.call('GET', KEYS[1])
if current then
  local v = tonumber(string.match(current, '^(%d+)|'))
  if v and v > tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encode(state: SessionState): string {
  return `${state.version}|${state.active ? 1 : 0}|${state.role ?? ''}|${state.organisationId ?? ''}|${state.organisationVerified ? 1 : 0}`;
}

function decode(value: string): SessionState | null {
  const [version, active, role, organisationId, verified] = value.split('|');
  if (!/^\d+$/.test(version ?? '')) return null;
  return { version: Number(version), active: active === '1', role: (role || null) as Role | null, organisationId: organisationId || null, organisationVerified: verified === '1' };
}

/**
 * The per-user session version that makes sign-out mean out. Every access token carries the
 * version current when it was issued; sign-out, password change, lockout, disablement, erasure
 * and a second-factor reset bump it (in the transaction of the change), which ends every access
 * token of the user at once, in every API process. The state is read from Redis (one GET per
 * authenticated request) and from PostgreSQL when Redis is unreachable or has no entry.
 */
@Injectable()
export class SessionVersions implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionVersions.name);
  private readonly redis: Redis;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.redis = createRedis(config.REDIS_URL, 'producer', { keyPrefix: `${config.QUEUE_PREFIX}:session:` });
    this.redis.on('error', () => undefined);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  /** The user's current state when an access token with these claims may still be used, else null. */
  async accepts(claims: { userId: string; version: number; role: Role; organisationId: string }): Promise<SessionState | null> {
    if (!UUID.test(claims.userId) || !Number.isInteger(claims.version)) return null;
    let state = await this.cached(claims.userId);
    // Missing, unreadable, or older than the token (a change this cache never heard of): ask the database.
    if (!state || state.version < claims.version) state = await this.load(claims.userId);
    const current = state.active && state.version === claims.version && state.role === claims.role && state.organisationId === claims.organisationId;
    return current ? state : null;
  }

  /**
   * Ends every access token of the user: call inside the transaction of the change that ends
   * them, then `publish` once it has committed.
   */
  async bump(userId: string, manager: EntityManager): Promise<void> {
    await manager.query<unknown>(`UPDATE users SET session_version = session_version + 1 WHERE id = $1`, [userId]);
  }

  /** Makes the committed state of the user visible to every API process at once. */
  async publish(userId: string): Promise<void> {
    await this.load(userId);
  }

  /** The same for every user of an organisation (its verification changed). */
  async publishOrganisation(organisationId: string): Promise<void> {
    const users = await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM users WHERE organisation_id = $1`, [organisationId]);
    for (const user of users) await this.load(user.id);
  }

  private async cached(userId: string): Promise<SessionState | null> {
    try {
      const value = await this.redis.get(userId);
      return value ? decode(value) : null;
    } catch {
      return null;
    }
  }

  private async load(userId: string): Promise<SessionState> {
    const rows = await this.dataSource.query<Array<{ session_version: number; disabled: boolean; erased_at: Date | null; role: Role; organisation_id: string; verified: boolean }>>(
      `SELECT u.session_version, u.disabled, u.erased_at, u.role, u.organisation_id, o.verified
         FROM users u JOIN ${ORGANISATIONS} o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    const state: SessionState = row
      ? { version: row.session_version, active: !row.disabled && !row.erased_at, role: row.role, organisationId: row.organisation_id, organisationVerified: row.verified }
      : { version: GONE_VERSION, active: false, role: null, organisationId: null, organisationVerified: false };
    try {
      await this.redis.eval(SET_IF_NOT_OLDER, 1, userId, encode(state), String(state.version), String(CACHE_SECONDS));
    } catch (error) {
      this.logger.warn(`Session state not cached (Redis unavailable): ${(error as Error).message}`);
    }
    return state;
  }
}
