import { Algorithm, hash, verify } from '@node-rs/argon2';

/** Argon2id. `Algorithm` is an ambient const enum: its members cannot be read when files are compiled one by one (isolatedModules), the type still checks the value. */
const ARGON2ID = 2 satisfies Algorithm.Argon2id;
/** argon2id with OWASP's minimum parameters (19 MiB, t=2, p=1). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

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
