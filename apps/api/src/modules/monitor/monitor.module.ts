import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module';
import { DuidingService } from './duiding.service';
import { MonitorDuidingEntity } from './entities/monitor-duiding.entity';
import { MonitorCache } from './monitor-cache';
import { MonitorController } from './monitor.controller';
import { MonitorMetrics } from './monitor-metrics';
import { MonitorProjectionService } from './monitor-projection.service';
import { MonitorQueryService } from './monitor-query.service';
import { StockSuppressor } from './stock-suppressor';

/** The ketenmonitor: aggregates projected from the chain events, read by auditors only. */
@Module({
  imports: [CasesModule, TypeOrmModule.forFeature([MonitorDuidingEntity])],
  controllers: [MonitorController],
  providers: [
    MonitorMetrics,
    MonitorCache,
    MonitorProjectionService,
    MonitorQueryService,
    StockSuppressor,
    DuidingService,
  ],
})
export class MonitorModule {}
