import { Algorithm, hash, verify } from '@node-rs/argon2';

/** Argon2id. `Algorithm` is an ambient const enum: its members cannot be read when files are compiled one by one (isolatedModules), the type still checks the value. */
const ARGON2ID = 2 satisfies Algorithm.Argon2id;
/** argon2id with OWASP's minimum parameters (19 MiB, t=2, p=1): the cost of every new hash outside tests. */
export const PASSWORD_HASH_COST = { memoryKiB: 19456, passes: 2 } as const;
let dummyHash: Promise<string> | undefined;
let options: { algorithm: typeof ARGON2ID; memoryCost: number; timeCost: number; parallelism: number } = { algorithm: ARGON2ID, memoryCost: PASSWORD_HASH_COST.memoryKiB, timeCost: PASSWORD_HASH_COST.passes, parallelism: 1 };

/**
 * Sets the cost of the hashes this process makes from now on; loadConfig applies the process's
 * settings (PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_PASSES), which only tests may lower. A stored
 * hash names the cost it was made with, so it verifies whatever the current setting.
 */
export function setPasswordHashCost(memoryKiB: number, passes: number): void {
  if (memoryKiB === options.memoryCost && passes === options.timeCost) return;
  options = { ...options, memoryCost: memoryKiB, timeCost: passes };
  dummyHash = undefined;
}

export const PasswordHasher = {
  hash: (password: string): Promise<string> => hash(password, options),
  verify: async (hashed: string, password: string): Promise<boolean> => {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  },
};

/** Verified against for unknown emails so that response time does not reveal which exist. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= PasswordHasher.hash('not-a-real-password-Aa1!');
  return dummyHash;
}
