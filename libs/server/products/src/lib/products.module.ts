import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { LaunchEventsController } from './launch-events.controller';
import { LaunchEventsService } from './launch-events.service';
import { ProductFilesService } from './product-files.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** The HTTP side of the capability list (API). */
@Module({
  controllers: [ProductsController, CompaniesController, LaunchEventsController],
  providers: [ProductsService, ProductFilesService, CompaniesService, LaunchEventsService],
  exports: [ProductsService],
})
export class ProductsModule {}
