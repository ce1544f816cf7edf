import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';
import { ScenarioBatch } from './entities/scenario-batch.entity';
import { Scenario } from './entities/scenario.entity';
import { ScenarioImportService } from './scenario-import.service';
import { ScenariosController } from './scenarios.controller';
import { ScenariosService } from './scenarios.service';

@Module({
  imports: [TypeOrmModule.forFeature([Scenario, ScenarioBatch])],
  controllers: [ScenariosController, BatchesController],
  providers: [ScenariosService, BatchesService, ScenarioImportService],
  exports: [ScenariosService, BatchesService],
})
export class ScenariosModule {}
