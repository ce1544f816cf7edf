import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, UnsubscribeTarget } from '@scenematch/contracts';

/** What an unsubscribe link turns off: the mails of one category, or the weekly digest. */
export type { UnsubscribeTarget };

export const UNSUBSCRIBE_TARGETS: readonly UnsubscribeTarget[] = [...NOTIFICATION_CATEGORIES, 'digest'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signed, login-free unsubscribe tokens: `base64url(userId:target).base64url(hmac)`. The key is
 * derived from a server secret with its own label, so a token is useless for anything else.
 * They do not expire: an old mail's link must still work.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('scenematch:unsubscribe:v1').digest();
  }

  sign(userId: string, target: UnsubscribeTarget): string {
    const body = Buffer.from(`${userId}:${target}`).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The user and target of a genuine token, or null for anything else. */
  verify(token: string): { userId: string; target: UnsubscribeTarget } | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const [userId, target] = Buffer.from(body, 'base64url').toString('utf8').split(':');
    if (!UUID.test(userId ?? '') || !(UNSUBSCRIBE_TARGETS as readonly string[]).includes(target ?? '')) return null;
    return { userId, target: target as UnsubscribeTarget };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
