import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ChainModule } from '../chain/chain.module';
import { PlansModule } from '../plans/plans.module';
import { TafelsModule } from '../tafels/tafels.module';
import { AttentionService } from './attention.service';
import { CaseListController } from './case-list.controller';
import { CaseListService } from './case-list.service';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { FamilyHomeController } from './family-home.controller';
import { FamilyHomeService } from './family-home.service';

/**
 * What needs the regie holder's action (`AttentionService`), read over the modules that own the
 * alerts, and the two pages that show it: "Mijn gezinnen" and the case list's cue and order; and a
 * family's "Mijn gezin" in one read (`FamilyHomeService`). Owns no table.
 */
@Module({
  imports: [CasesModule, ChainModule, PlansModule, TafelsModule],
  controllers: [DashboardController, CaseListController, FamilyHomeController],
  providers: [AttentionService, DashboardService, CaseListService, FamilyHomeService],
})
export class DashboardModule {}
