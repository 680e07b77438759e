import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module';
import { MonitorDuidingEntity } from './entities/monitor-duiding.entity';
import { MonitorProjectionService } from './monitor-projection.service';

/** The ketenmonitor: aggregates projected from the chain events, read by auditors only. */
@Module({
  imports: [CasesModule, TypeOrmModule.forFeature([MonitorDuidingEntity])],
  providers: [MonitorProjectionService],
})
export class MonitorModule {}
