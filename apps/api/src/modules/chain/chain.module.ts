import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module';
import { ChainController } from './chain.controller';
import { ChainRetention } from './chain-retention';
import { HandoverEntity } from './handover.entity';
import { HandoversService } from './handovers.service';
import { MeasureEntity } from './measure.entity';
import { MilestonesService } from './milestones.service';
import { NormsService } from './norms.service';
import { TafelDecisions } from './tafel-decisions';

/** The chain after (and before) the tafel: milestones recorded by their owners, measures, overdrachten. */
@Module({
  imports: [CasesModule, TypeOrmModule.forFeature([MeasureEntity, HandoverEntity])],
  controllers: [ChainController],
  providers: [MilestonesService, HandoversService, NormsService, TafelDecisions, ChainRetention],
  exports: [HandoversService, MilestonesService, NormsService, TafelDecisions],
})
export class ChainModule {}
