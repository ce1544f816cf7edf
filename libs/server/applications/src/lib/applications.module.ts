import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditService } from '@scenematch/server-audit';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ReviewsService } from './reviews.service';
import { AwardsService } from './awards.service';
import { ApplicationFilesService } from './application-files.service';
import { BidOpeningService } from './sealing/bid-opening.service';
import { BidSealer, keyWrapperProvider } from './sealing/bid-sealer';
import { BidsOpenHandler, BidsOpeningSweep } from './sealing/bids-open.handler';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ReviewsService, AwardsService, ApplicationFilesService, keyWrapperProvider, BidSealer, BidOpeningService],
  exports: [ApplicationsService, BidOpeningService],
})
export class ApplicationsModule {}

/** The worker side: the opening job at each deadline and the sweep that catches a lost one. */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [AuditService, keyWrapperProvider, BidSealer, BidOpeningService, BidsOpenHandler, BidsOpeningSweep],
  exports: [BidOpeningService, BidSealer],
})
export class ApplicationJobsModule {}
