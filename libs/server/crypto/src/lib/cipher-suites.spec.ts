import {
  CiphertextError,
  CRYPTO_SUITES,
  cipherSuite,
  decrypt,
  digestHex,
  newDataKey,
  suiteOf,
} from './cipher-suites';
import {
  EnvMasterKeyWrapper,
  masterKeyId,
  parseMasterKey,
  DEV_SEALING_MASTER_KEY,
} from './master-key';

describe.each(CRYPTO_SUITES)('cipher suite %s', (name) => {
  const suite = cipherSuite(name);
  const key = newDataKey();
  const plaintext = Buffer.from(
    '技术方案：基于大模型的影像辅助诊断 MARKER-123 报价 ¥800,000',
  );

  it('round-trips and names itself in the ciphertext', () => {
    const blob = suite.encrypt(key, plaintext, Buffer.from('application:1'));
    expect(suiteOf(blob)).toBe(name);
    expect(blob.includes(Buffer.from('MARKER-123'))).toBe(false);
    expect(
      decrypt(key, blob, Buffer.from('application:1')).equals(plaintext),
    ).toBe(true);
  });

  it('uses a fresh IV each time', () => {
    expect(
      suite.encrypt(key, plaintext).equals(suite.encrypt(key, plaintext)),
    ).toBe(false);
  });

  it('detects a flipped bit anywhere, a wrong key and a different context', () => {
    const blob = suite.encrypt(key, plaintext, Buffer.from('ctx'));
    for (const at of [2, 20, blob.length - 1]) {
      const tampered = Buffer.from(blob);
      tampered[at] ^= 0x01;
      expect(() => decrypt(key, tampered, Buffer.from('ctx'))).toThrow(
        CiphertextError,
      );
    }
    expect(() => decrypt(newDataKey(), blob, Buffer.from('ctx'))).toThrow(
      CiphertextError,
    );
    expect(() => decrypt(key, blob, Buffer.from('other'))).toThrow(
      CiphertextError,
    );
    expect(() =>
      decrypt(key, blob.subarray(0, 10), Buffer.from('ctx')),
    ).toThrow(CiphertextError);
  });

  it('rotates: a data key wrapped under the old master key is re-wrapped under the new one', async () => {
    const oldMaster = newDataKey();
    const newMaster = newDataKey();
    const dataKey = newDataKey();
    const before = new EnvMasterKeyWrapper(name, oldMaster);
    const { wrapped, keyId } = await before.wrap(dataKey, 'scenario:1');
    expect(keyId).toBe(masterKeyId(oldMaster));

    const during = new EnvMasterKeyWrapper(name, newMaster, oldMaster);
    const rewrapped = await during.wrap(
      await during.unwrap(wrapped, keyId, 'scenario:1'),
      'scenario:1',
    );
    expect(rewrapped.keyId).toBe(masterKeyId(newMaster));

    const after = new EnvMasterKeyWrapper(name, newMaster);
    expect(
      (
        await after.unwrap(rewrapped.wrapped, rewrapped.keyId, 'scenario:1')
      ).equals(dataKey),
    ).toBe(true);
    await expect(after.unwrap(wrapped, keyId, 'scenario:1')).rejects.toThrow(
      /not configured/,
    );
    await expect(
      after.unwrap(rewrapped.wrapped, rewrapped.keyId, 'scenario:2'),
    ).rejects.toThrow(CiphertextError);
  });
});

describe('suites and keys', () => {
  it('SM4 matches the GB/T 32907-2016 example and SM3 the GB/T 32905-2016 example', () => {
    const { createCipheriv } =
      jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const k = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const ecb = createCipheriv('sm4-ecb', k, null).setAutoPadding(false);
    expect(Buffer.concat([ecb.update(k), ecb.final()]).toString('hex')).toBe(
      '681edf34d206965e86b3e94f536e4246',
    );
    expect(digestHex('sm3', 'abc')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('reads master keys as base64 or hex of 32 bytes only', () => {
    expect(parseMasterKey(DEV_SEALING_MASTER_KEY)?.length).toBe(32);
    expect(parseMasterKey('ab'.repeat(32))?.length).toBe(32);
    expect(parseMasterKey('too-short')).toBeNull();
    expect(parseMasterKey(undefined)).toBeNull();
  });

  it('refuses ciphertexts of an unknown version or suite', () => {
    expect(() => suiteOf(Buffer.from([9, 1, 0]))).toThrow(CiphertextError);
    expect(() => suiteOf(Buffer.from([1, 9, 0]))).toThrow(CiphertextError);
  });
});
