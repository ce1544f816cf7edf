import { RECOVERY_CODE_COUNT } from '@scenematch/contracts';
import { createHmac, randomInt } from 'node:crypto';

/** Crockford-style alphabet without 0/O, 1/I/L, U: easy to read off paper and type. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 5;

/** Ten codes like `7KQ2M-XH9RP` (10 characters of a 30-letter alphabet: about 49 bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let raw = '';
    for (let i = 0; i < GROUP * 2; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
    codes.add(`${raw.slice(0, GROUP)}-${raw.slice(GROUP)}`);
  }
  return [...codes];
}

/** Upper case, without spaces and dashes: `7kq2m xh9rp` and `7KQ2M-XH9RP` are the same code. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * Keyed SHA-256 of the normalised code. Recovery codes are random and long, so a slow password
 * hash adds nothing against guessing; the key means a copy of the table alone is useless, and a
 * deterministic hash lets one indexed lookup find the code (no argon2 run per stored code).
 */
export function hashRecoveryCode(code: string, key: string): string {
  return createHmac('sha256', key).update(`recovery:${normaliseRecoveryCode(code)}`).digest('hex');
}
