import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '@scenematch/contracts';
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'SceneMatch';

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret (RFC 4226 recommends the HMAC-SHA1 output length), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, accountName: string): string {
  return totpFor(secretBase32, accountName).toString();
}

/**
 * Checks a code against the current time step and one step either side (clock drift). Returns
 * the time step the code belongs to, or null. A code whose step is not after `lastUsedStep` is a
 * replay (RFC 6238 §5.2: each code is accepted once) and also yields null.
 */
export function matchTotp(secretBase32: string, code: string, lastUsedStep: number | null, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now }) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}
