import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { BidOpeningService } from './bid-opening.service';

/** The delayed job announced for a scenario's deadline: opens its bids if they are due. */
@Injectable()
@HandlesJob(JobName.BidsOpen)
export class BidsOpenHandler implements JobHandler<JobName.BidsOpen> {
  constructor(private readonly opening: BidOpeningService) {}

  async handle(payload: JobPayloads[JobName.BidsOpen]): Promise<unknown> {
    return (await this.opening.openIfDue(payload.scenarioId)) ?? { opened: false };
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
