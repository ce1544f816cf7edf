import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  it('stores passwords as argon2id with the documented cost (19 MiB, t=2, p=1)', async () => {
    const stored = await PasswordHasher.hash('Correct#Horse9');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('accepts the right password only, and a malformed stored value is a refusal, not an error', async () => {
    const stored = await PasswordHasher.hash('Correct#Horse9');
    await expect(PasswordHasher.verify(stored, 'Correct#Horse9')).resolves.toBe(true);
    await expect(PasswordHasher.verify(stored, 'correct#horse9')).resolves.toBe(false);
    await expect(PasswordHasher.verify('not-a-hash', 'Correct#Horse9')).resolves.toBe(false);
  });
});
