/**
 * Password hashing in tests: argon2id at 1 MiB and one pass instead of 19 MiB and two. The tests
 * sign users in by the thousand and what they check is who may do what, not the hash's cost; on
 * the 2-core CI machine the full cost was a large share of the tests' time.
 */
export const TEST_PASSWORD_HASH = { PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' } as const;
