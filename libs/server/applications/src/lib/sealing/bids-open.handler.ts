import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import {
  HandlesJob,
  JOB_QUEUE,
  JobHandler,
  JobName,
  JobPayloads,
  QueueRegistry,
} from '@scenematch/server-queue';
import { BidOpeningService } from './bid-opening.service';

/** The id of the delayed opening job of one deadline: a moved deadline gets a job of its own, a repeat none. */
export function bidsOpenJobId(scenarioId: string, deadline: Date): string {
  return `bids-open:${scenarioId}:${deadline.getTime()}`;
}

/**
 * The opening job. Announced through the outbox when a scenario is published, its deadline
 * moves or it stops taking bids; then it opens the bids if they are due, or puts a delayed
 * BullMQ job at the deadline (fixed id per deadline) that comes back here and opens them then.
 * The outbox row completes at once; if Redis loses the delayed job, the sweep below opens the
 * bids within the minute.
 */
@Injectable()
@HandlesJob(JobName.BidsOpen)
export class BidsOpenHandler implements JobHandler<JobName.BidsOpen> {
  constructor(
    private readonly opening: BidOpeningService,
    private readonly queues: QueueRegistry,
  ) {}

  async handle(payload: JobPayloads[JobName.BidsOpen]): Promise<unknown> {
    const opened = await this.opening.openIfDue(payload.scenarioId);
    if (opened) return opened;
    const due = await this.opening.dueAt(payload.scenarioId);
    if (!due || due.getTime() <= Date.now() || payload.at)
      return { opened: false };
    await this.queues
      .get(JOB_QUEUE[JobName.BidsOpen])
      .add(
        JobName.BidsOpen,
        { scenarioId: payload.scenarioId, at: due.toISOString() },
        {
          jobId: bidsOpenJobId(payload.scenarioId, due),
          delay: due.getTime() - Date.now(),
        },
      );
    return { opened: false, scheduledFor: due.toISOString() };
  }
}

/**
 * Every minute, every worker: opens whatever is due whose job did not run (Redis lost it, the
 * worker was down at the deadline, a batch's closing day passed). The opening locks the
 * scenario and is idempotent, so several workers sweeping at once open each scenario once.
 */
@Injectable()
export class BidsOpeningSweep {
  private readonly logger = new Logger(BidsOpeningSweep.name);

  constructor(private readonly opening: BidOpeningService) {}

  @Cron('0 * * * * *', { name: 'bids-opening-sweep' })
  async sweep(): Promise<void> {
    try {
      await this.opening.sweep();
    } catch (error) {
      this.logger.warn(`Opening sweep failed: ${(error as Error).message}`);
    }
  }
}
