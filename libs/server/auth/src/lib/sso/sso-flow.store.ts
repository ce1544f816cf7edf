import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@scenematch/server-config';
import { createRedis } from '@scenematch/server-queue';
import { Redis } from 'ioredis';
import { PendingAuthorization } from './oidc-relying-party';

/** What the callback found out, waiting for the portal to redeem it (once) with the flow cookie. */
export type SsoOutcome =
  | { kind: 'user'; userId: string; identityId: string; mfaSatisfied: boolean; amr: string[] }
  | { kind: 'pending'; requestId: string }
  | { kind: 'error'; status: number; message: string };

/** Ten minutes to sign in at the provider; two to come back and redeem the outcome. */
export const SSO_FLOW_TTL_SECONDS = 600;
export const SSO_OUTCOME_TTL_SECONDS = 120;

/**
 * Server-side state of sign-ins through the identity service, in Redis with short lives. The
 * browser holds only a random flow id in an httpOnly cookie; the state, nonce and PKCE verifier
 * never leave the server, and each record is read once (GETDEL).
 */
@Injectable()
export class SsoFlowStore implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, 'producer', { keyPrefix: `${config.QUEUE_PREFIX}:sso:` });
    this.redis.on('error', () => undefined);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  async begin(flowId: string, pending: PendingAuthorization): Promise<void> {
    await this.redis.set(`flow:${flowId}`, JSON.stringify(pending), 'EX', SSO_FLOW_TTL_SECONDS);
  }

  async takePending(flowId: string): Promise<PendingAuthorization | null> {
    const value = await this.redis.getdel(`flow:${flowId}`);
    return value ? (JSON.parse(value) as PendingAuthorization) : null;
  }

  async finish(flowId: string, outcome: SsoOutcome): Promise<void> {
    await this.redis.set(`outcome:${flowId}`, JSON.stringify(outcome), 'EX', SSO_OUTCOME_TTL_SECONDS);
  }

  async takeOutcome(flowId: string): Promise<SsoOutcome | null> {
    const value = await this.redis.getdel(`outcome:${flowId}`);
    return value ? (JSON.parse(value) as SsoOutcome) : null;
  }
}
