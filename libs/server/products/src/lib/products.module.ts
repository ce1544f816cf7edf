import { Module } from '@nestjs/common';
import { CompaniesService } from './companies.service';
import { LaunchEventsService } from './launch-events.service';
import { ProductFilesService } from './product-files.service';
import { CompaniesController, LaunchEventsController, ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** The HTTP side of the capability list (API). */
@Module({
  controllers: [ProductsController, CompaniesController, LaunchEventsController],
  providers: [ProductsService, ProductFilesService, CompaniesService, LaunchEventsService],
  exports: [ProductsService],
})
export class ProductsModule {}
