/**
 * Password hashing in tests: argon2id at 1 MiB and one pass instead of 19 MiB and two. The tests sign
 * users in by the thousand and what they check is who may do what, not the hash's cost; on the
 * 2-core CI machine the full cost was a large share of the tests' time. Only NODE_ENV=test may
 * lower it (loadConfig), and the sign-in bench raises it back to production cost.
 */
export const TEST_PASSWORD_HASH_COST = { memoryKiB: 1024, passes: 1 } as const;

/**
 * What every app under test runs with, in-process (testConfig), as a child process (childEnv) or
 * behind the browser tests (their global set-up): one place, so that the three cannot drift apart.
 */
export const TEST_ENV = {
  NODE_ENV: 'test',
  // The production default (3 s) also bounds the wait for a free pooled connection: on a loaded
  // 2-core CI machine, with the browser tests beside, a registration waited longer and answered
  // 503. A test that checks the outage answer sets its own (postgres-restart: 2 s).
  DATABASE_CONNECT_TIMEOUT_MS: '15000',
  PASSWORD_HASH_MEMORY_KIB: String(TEST_PASSWORD_HASH_COST.memoryKiB),
  PASSWORD_HASH_PASSES: String(TEST_PASSWORD_HASH_COST.passes),
  // A job's five attempts in 1.5 s instead of 15: tests that wait for a job to fail for good
  // check what happens then, not how long BullMQ's backoff takes.
  JOB_RETRY_DELAY_MS: '100',
} as const;

/**
 * The integration tests' apps besides: small pools (a test file runs several apps side by side)
 * and a fast outbox relay (tests wait for what it delivers). The browser tests' API keeps the
 * defaults, as a user's would.
 */
export const INTEGRATION_APP_ENV = {
  ...TEST_ENV,
  DATABASE_POOL_SIZE: '5',
  OUTBOX_POLL_MS: '50',
} as const;
