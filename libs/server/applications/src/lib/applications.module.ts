import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ReviewsService } from './reviews.service';

@Module({ controllers: [ApplicationsController], providers: [ApplicationsService, ReviewsService], exports: [ApplicationsService] })
export class ApplicationsModule {}
