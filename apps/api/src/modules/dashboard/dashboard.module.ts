import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ChainModule } from '../chain/chain.module';
import { PlansModule } from '../plans/plans.module';
import { TafelsModule } from '../tafels/tafels.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** "Mijn gezinnen": a read model over the modules that own the alerts; owns no table. */
@Module({
  imports: [CasesModule, ChainModule, PlansModule, TafelsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
