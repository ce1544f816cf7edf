import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ReviewsService } from './reviews.service';
import { AwardsService } from './awards.service';
import { ApplicationFilesService } from './application-files.service';

@Module({ controllers: [ApplicationsController], providers: [ApplicationsService, ReviewsService, AwardsService, ApplicationFilesService], exports: [ApplicationsService] })
export class ApplicationsModule {}
