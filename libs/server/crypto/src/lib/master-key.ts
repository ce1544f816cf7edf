import { createHash } from 'node:crypto';
import {
  cipherSuite,
  CiphertextError,
  CryptoSuiteName,
  decrypt,
  KEY_BYTES,
} from './cipher-suites';

/**
 * Wraps and unwraps data keys. The environment master key below is one implementation; a
 * key-management service (a KMS or a 密码机 behind an API) implements the same interface and
 * replaces it without touching the data: only wrapped keys and their master key id are stored.
 */
export interface KeyWrapper {
  /** Id of the key new wraps are made with (stored beside each wrapped key). */
  readonly currentKeyId: string;
  wrap(
    dataKey: Buffer,
    context: string,
  ): Promise<{ wrapped: Buffer; keyId: string }>;
  /** Unwraps with the key named by `keyId`; throws when that key is not available. */
  unwrap(wrapped: Buffer, keyId: string, context: string): Promise<Buffer>;
}

/**
 * Fixed master key for development and tests only: the configuration refuses it in production.
 * Base64 of 32 bytes spelling that it is not a secret.
 */
export const DEV_SEALING_MASTER_KEY = Buffer.from(
  'DEV-ONLY sealing master key!!!!!',
).toString('base64');

/** Parses a master key given as base64 (or hex) of exactly 32 bytes; null when it is not one. */
export function parseMasterKey(text: string | undefined): Buffer | null {
  if (!text) return null;
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

/** A short, stable id of a master key that reveals nothing of it. */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256')
    .update('scenematch master key id\n')
    .update(key)
    .digest('hex')
    .slice(0, 16);
}

/** Master keys from the environment: the current one wraps, the previous one (during a rotation) still unwraps. */
export class EnvMasterKeyWrapper implements KeyWrapper {
  readonly currentKeyId: string;
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly suite: CryptoSuiteName,
    current: Buffer,
    previous?: Buffer | null,
  ) {
    this.currentKeyId = masterKeyId(current);
    this.keys.set(this.currentKeyId, current);
    if (previous) this.keys.set(masterKeyId(previous), previous);
  }

  async wrap(
    dataKey: Buffer,
    context: string,
  ): Promise<{ wrapped: Buffer; keyId: string }> {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    return {
      wrapped: cipherSuite(this.suite).encrypt(
        key,
        dataKey,
        Buffer.from(context),
      ),
      keyId: this.currentKeyId,
    };
  }

  async unwrap(
    wrapped: Buffer,
    keyId: string,
    context: string,
  ): Promise<Buffer> {
    const key = this.keys.get(keyId);
    if (!key)
      throw new CiphertextError(
        `master key ${keyId} is not configured (set SEALING_MASTER_KEY_PREVIOUS during a rotation)`,
      );
    return decrypt(key, wrapped, Buffer.from(context));
  }
}
