import { assertRedisReachable } from '@scenematch/server-queue';
import { prepareTemplateDatabase, TEST_REDIS_URL } from './test-database';

/** jest globalSetup for integration tests: services reachable, template database built once. */
export default async function globalSetup(): Promise<void> {
  await assertRedisReachable(TEST_REDIS_URL);
  await prepareTemplateDatabase();
}
