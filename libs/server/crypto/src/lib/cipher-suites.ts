import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The configurable cipher suites. Every ciphertext starts with a version byte and the suite's
 * id, so a deployment that changes CRYPTO_SUITE still reads what it sealed before.
 *
 * - `aes-256-gcm`: AES-256 in GCM (authenticated), 12-byte IV, 16-byte tag.
 * - `sm4`: 国密 SM4 (GB/T 32907-2016) in CTR mode with an HMAC-SM3 (GB/T 32905-2016) tag over
 *   header, IV, associated data and ciphertext (encrypt-then-MAC); OpenSSL 3.0 has no SM4-GCM.
 *   The 32-byte data key is split: the first 16 bytes encrypt, the last 16 bytes authenticate.
 */
export const CRYPTO_SUITES = ['aes-256-gcm', 'sm4'] as const;
export type CryptoSuiteName = (typeof CRYPTO_SUITES)[number];

/** Every data and master key is 32 random bytes, whatever the suite. */
export const KEY_BYTES = 32;
const VERSION = 1;
const SUITE_IDS: Record<CryptoSuiteName, number> = { 'aes-256-gcm': 1, sm4: 2 };

export class CiphertextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CiphertextError';
  }
}

export interface CipherSuite {
  readonly name: CryptoSuiteName;
  /** The hash of the suite: SHA-256, or SM3 for 国密. */
  readonly hashAlgorithm: 'sha256' | 'sm3';
  encrypt(key: Buffer, plaintext: Buffer, aad?: Buffer): Buffer;
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES)
    throw new CiphertextError(`key must be ${KEY_BYTES} bytes`);
}

const aesGcm: CipherSuite = {
  name: 'aes-256-gcm',
  hashAlgorithm: 'sha256',
  encrypt(key, plaintext, aad = Buffer.alloc(0)) {
    checkKey(key);
    const header = Buffer.from([VERSION, SUITE_IDS['aes-256-gcm']]);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.concat([header, aad]));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
  },
};

function sm4Tag(
  macKey: Buffer,
  header: Buffer,
  iv: Buffer,
  aad: Buffer,
  body: Buffer,
): Buffer {
  const aadLength = Buffer.alloc(8);
  aadLength.writeBigUInt64BE(BigInt(aad.length));
  return createHmac('sm3', macKey)
    .update(header)
    .update(iv)
    .update(aadLength)
    .update(aad)
    .update(body)
    .digest();
}

const sm4: CipherSuite = {
  name: 'sm4',
  hashAlgorithm: 'sm3',
  encrypt(key, plaintext, aad = Buffer.alloc(0)) {
    checkKey(key);
    const header = Buffer.from([VERSION, SUITE_IDS.sm4]);
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-ctr', key.subarray(0, 16), iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([
      header,
      iv,
      body,
      sm4Tag(key.subarray(16), header, iv, aad, body),
    ]);
  },
};

const SUITES: Record<CryptoSuiteName, CipherSuite> = {
  'aes-256-gcm': aesGcm,
  sm4,
};

export function cipherSuite(name: CryptoSuiteName): CipherSuite {
  return SUITES[name];
}

/** The suite a ciphertext was sealed with. */
export function suiteOf(blob: Buffer): CryptoSuiteName {
  if (blob.length < 2 || blob[0] !== VERSION)
    throw new CiphertextError('unknown ciphertext version');
  const entry = Object.entries(SUITE_IDS).find(([, id]) => id === blob[1]);
  if (!entry) throw new CiphertextError('unknown cipher suite');
  return entry[0] as CryptoSuiteName;
}

/** Decrypts with the suite named in the ciphertext; any change to it (or to `aad`) throws. */
export function decrypt(
  key: Buffer,
  blob: Buffer,
  aad = Buffer.alloc(0),
): Buffer {
  checkKey(key);
  const suite = suiteOf(blob);
  const header = blob.subarray(0, 2);
  if (suite === 'aes-256-gcm') {
    if (blob.length < 2 + 12 + 16)
      throw new CiphertextError('ciphertext too short');
    const iv = blob.subarray(2, 14);
    const tag = blob.subarray(14, 30);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.concat([header, aad]));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([
        decipher.update(blob.subarray(30)),
        decipher.final(),
      ]);
    } catch {
      throw new CiphertextError('ciphertext failed authentication');
    }
  }
  if (blob.length < 2 + 16 + 32)
    throw new CiphertextError('ciphertext too short');
  const iv = blob.subarray(2, 18);
  const body = blob.subarray(18, blob.length - 32);
  const tag = blob.subarray(blob.length - 32);
  // Verify before decrypting (encrypt-then-MAC), in constant time.
  if (!timingSafeEqual(tag, sm4Tag(key.subarray(16), header, iv, aad, body)))
    throw new CiphertextError('ciphertext failed authentication');
  const decipher = createDecipheriv('sm4-ctr', key.subarray(0, 16), iv);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** SHA-256 or SM3 hex digest. */
export function digestHex(
  algorithm: 'sha256' | 'sm3',
  ...parts: Array<string | Buffer>
): string {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}
