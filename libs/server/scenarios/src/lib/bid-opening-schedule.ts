import { JobName, OutboxService } from '@scenematch/server-queue';
import { EntityManager } from 'typeorm';

/**
 * Announces the opening (开标) of a scenario's bids at `deadline` (a delayed job through the
 * outbox), or at once when it is null (the scenario stopped taking bids). The handler opens
 * only what is due, so a job for a deadline that moved later does nothing; the worker's
 * periodic sweep catches any job that was lost.
 */
export function scheduleBidOpening(outbox: OutboxService, manager: EntityManager, scenarioId: string, deadline: Date | null): Promise<string> {
  const delayMs = deadline ? Math.max(0, deadline.getTime() - Date.now()) : 0;
  return outbox.publish(manager, JobName.BidsOpen, { scenarioId }, { delayMs });
}
