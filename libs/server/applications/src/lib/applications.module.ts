import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditService } from '@scenematch/server-audit';
import { ApplicationFilesController } from './application-files.controller';
import { ApplicationFilesService } from './application-files.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ConsortiumController } from './consortium.controller';
import { ConsortiumService } from './consortium.service';
import { BidOpeningService } from './sealing/bid-opening.service';
import { BidSealer, keyWrapperProvider } from './sealing/bid-sealer';
import { BidsOpenHandler, BidsOpeningSweep } from './sealing/bids-open.handler';

/** The bid itself (its sealing, its consortium): what the application routes and the attachments share. No routes. */
@Module({
  providers: [ApplicationsService, ConsortiumService, keyWrapperProvider, BidSealer, BidOpeningService],
  exports: [ApplicationsService, ConsortiumService, BidOpeningService, BidSealer],
})
export class ApplicationBidsModule {}

/**
 * Attachments of an application: sealed with the same scenario data key as its contents, opened by
 * the same opening and read under the same rule (canReadBid), so they stay with the applications.
 */
@Module({
  imports: [ApplicationBidsModule],
  controllers: [ApplicationFilesController],
  providers: [ApplicationFilesService],
})
export class ApplicationFilesModule {}

/**
 * The application routes and the consortium invitations. The API wires ApplicationFilesModule,
 * the awards' and the reviews' modules before this one: the document lists the routes in that order.
 */
@Module({
  imports: [ApplicationBidsModule],
  controllers: [ApplicationsController, ConsortiumController],
  exports: [ApplicationBidsModule],
})
export class ApplicationsModule {}

/** The worker side: the opening job at each deadline and the sweep that catches a lost one. */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [AuditService, keyWrapperProvider, BidSealer, BidOpeningService, BidsOpenHandler, BidsOpeningSweep],
  exports: [BidOpeningService, BidSealer],
})
export class ApplicationJobsModule {}
