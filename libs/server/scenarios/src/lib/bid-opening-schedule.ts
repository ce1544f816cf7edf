import { JobName, OutboxService } from '@scenematch/server-queue';
import { EntityManager } from 'typeorm';

/**
 * Announces the opening (开标) of a scenario's bids: the worker opens them if they are due, or
 * puts a delayed job at the deadline. Announced again whenever the deadline moves or the
 * scenario stops taking bids; the worker's periodic sweep catches any job that was lost.
 */
export function scheduleBidOpening(
  outbox: OutboxService,
  manager: EntityManager,
  scenarioId: string,
): Promise<string> {
  return outbox.publish(manager, JobName.BidsOpen, { scenarioId });
}
