import { Secret, TOTP } from 'otpauth';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes';
import { SecretBox } from './secret-box';
import { matchTotp, newTotpSecret, otpauthUrl } from './totp';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 10); // 10 s into a 30-second step
const STEP = Math.floor(T0 / 30_000);

function codeAt(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('uses a 160-bit secret and the parameters authenticator apps expect', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl(secret, 'wang.min@example.cn'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('issuer')).toBe('SceneMatch');
    expect(url.searchParams.get('algorithm')).toBe('SHA1');
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
  });

  it('accepts the current step and one either side, and names the step the code belongs to', () => {
    expect(matchTotp(secret, codeAt(secret, T0), null, T0)).toBe(STEP);
    expect(matchTotp(secret, codeAt(secret, T0 - 30_000), null, T0)).toBe(STEP - 1);
    expect(matchTotp(secret, codeAt(secret, T0 + 30_000), null, T0)).toBe(STEP + 1);
    expect(matchTotp(secret, codeAt(secret, T0 - 60_000), null, T0)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, T0 + 60_000), null, T0)).toBeNull();
  });

  it('refuses a code of the last used step or an earlier one (replay)', () => {
    const code = codeAt(secret, T0);
    expect(matchTotp(secret, code, STEP, T0)).toBeNull();
    expect(matchTotp(secret, code, STEP + 1, T0)).toBeNull();
    expect(matchTotp(secret, code, STEP - 1, T0)).toBe(STEP);
  });

  it('refuses anything but six digits', () => {
    expect(matchTotp(secret, '12345', null, T0)).toBeNull();
    expect(matchTotp(secret, 'abcdef', null, T0)).toBeNull();
    expect(matchTotp(secret, ` ${codeAt(secret, T0)} `, null, T0)).toBe(STEP);
  });
});

describe('recovery codes', () => {
  it('gives ten distinct readable codes and hashes them independent of how they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    const [code] = codes;
    expect(normaliseRecoveryCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code.replace('-', ''));
    expect(hashRecoveryCode(code.toLowerCase(), 'k')).toBe(hashRecoveryCode(code, 'k'));
    expect(hashRecoveryCode(code, 'k')).not.toBe(hashRecoveryCode(code, 'another key'));
    expect(hashRecoveryCode(code, 'k')).not.toContain(code);
  });
});

describe('SecretBox', () => {
  it('seals with a fresh nonce and opens only with the same key, refusing altered values', () => {
    const box = new SecretBox('a'.repeat(40), 'totp-secret');
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(new SecretBox('b'.repeat(40), 'totp-secret').open(sealed)).toBeNull();
    expect(new SecretBox('a'.repeat(40), 'other-purpose').open(sealed)).toBeNull();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(box.open(parts.join('.'))).toBeNull();
    expect(box.open('plain text')).toBeNull();
  });
});
