import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's minimum parameters (19 MiB, t=2, p=1). */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const PasswordHasher = {
  hash: (password: string): Promise<string> => hash(password, OPTIONS),
  verify: async (hashed: string, password: string): Promise<boolean> => {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  },
};

/** Verified against for unknown emails so that response time does not reveal which exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= PasswordHasher.hash('not-a-real-password-Aa1!');
  return dummyHash;
}
