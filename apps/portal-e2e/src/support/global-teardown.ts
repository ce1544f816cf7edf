import { existsSync, rmSync } from 'node:fs';
import { readState, STATE_FILE } from './e2e-env';
import { deleteQueueKeys, dropDatabase } from './processes';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after 5 s if the process is still there. */
async function stop(pid: number): Promise<void> {
  if (pid <= 0 || !isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && isRunning(pid))
    await new Promise((r) => setTimeout(r, 100));
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const state = readState();
  // Reverse order: the worker before the API that prepared its database.
  for (const pid of [...state.pids].reverse()) await stop(pid);
  const problems: string[] = [];
  await dropDatabase(state.adminDatabaseUrl, state.databaseName).catch(
    (e: Error) => problems.push(`drop database: ${e.message}`),
  );
  await deleteQueueKeys(state.redisUrl, state.queuePrefix).catch((e: Error) =>
    problems.push(`redis cleanup: ${e.message}`),
  );
  for (const dir of [state.mailDir, state.storageDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
  if (problems.length)
    console.warn(`[portal-e2e] teardown: ${problems.join('; ')}`);
}
