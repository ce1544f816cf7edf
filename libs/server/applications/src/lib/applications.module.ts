import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ReviewsService } from './reviews.service';
import { AwardsService } from './awards.service';
import { ApplicationFilesService } from './application-files.service';
import { ConsortiumController } from './consortium.controller';
import { ConsortiumService } from './consortium.service';

@Module({ controllers: [ApplicationsController, ConsortiumController], providers: [ApplicationsService, ReviewsService, AwardsService, ApplicationFilesService, ConsortiumService], exports: [ApplicationsService] })
export class ApplicationsModule {}
