import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ChainModule } from '../chain/chain.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { OutcomeService } from './outcome.service';
import { PlanGoalsPort } from './plan-goals.port';
import { SchedulingService } from './scheduling.service';
import { SittingsController } from './sittings.controller';
import { SittingsService } from './sittings.service';
import { TafelAgreementsApi } from './tafel-agreements.api';
import { TafelDecisionsApi } from './tafel-decisions.api';
import { TafelDestruction } from './tafel-destruction';
import { TafelLifecycleService } from './tafel-lifecycle.service';
import { TafelMailsService } from './tafel-mails.service';
import { TafelQueriesService } from './tafel-queries.service';
import { TafelRequestsService } from './tafel-requests.service';
import { TafelsController } from './tafels.controller';

@Module({
  imports: [CasesModule, ChainModule, JobsModule, MailModule],
  controllers: [TafelsController, SittingsController],
  providers: [
    TafelQueriesService,
    TafelRequestsService,
    SittingsService,
    SchedulingService,
    OutcomeService,
    TafelMailsService,
    TafelLifecycleService,
    TafelAgreementsApi,
    TafelDecisionsApi,
    PlanGoalsPort,
    TafelDestruction,
  ],
  exports: [TafelQueriesService, TafelLifecycleService, TafelAgreementsApi, PlanGoalsPort],
})
export class TafelsModule {}
