import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { NotificationsCoreModule } from '@scenematch/server-notifications';
import { MatchFeedbackController } from './match-feedback.controller';
import { MatchFeedbackService } from './match-feedback.service';
import { MatchingEngine } from './matching-engine';
import { MatchingController } from './matching.controller';
import {
  EnterpriseChangedHandler,
  MatchingRebuildHandler,
  MatchingRebuildShardHandler,
  MatchingWarmup,
  ScenarioChangedHandler,
  ScenarioClosedHandler,
} from './matching.handlers';
import { MatchingSchedule } from './matching.schedule';
import { MatchingService } from './matching.service';

/** The HTTP side: recommendations, matches, explanations and rebuild requests. */
@Module({ controllers: [MatchingController, MatchFeedbackController], providers: [MatchingService, MatchFeedbackService] })
export class MatchingModule {}

/** The worker side: the in-memory index and the jobs that keep the kept pairs current. */
@Module({
  imports: [ScheduleModule.forRoot(), NotificationsCoreModule],
  providers: [
    MatchingEngine,
    MatchingSchedule,
    MatchingWarmup,
    ScenarioChangedHandler,
    ScenarioClosedHandler,
    EnterpriseChangedHandler,
    MatchingRebuildHandler,
    MatchingRebuildShardHandler,
  ],
})
export class MatchingJobsModule {}
