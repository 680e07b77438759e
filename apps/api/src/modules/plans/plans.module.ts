import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { TafelsModule } from '../tafels/tafels.module';
import { FamilyAgreementsService } from './family-agreements.service';
import { PlanAnswersService } from './plan-answers.service';
import { PlanAttachmentsService } from './plan-attachments.service';
import { PlanMailsService } from './plan-mails.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** One plan per case: draft, versions, the family's answers, the familiegroepsplan; the family's agreements in one list. Owns plan_*. */
@Module({
  imports: [CasesModule, JobsModule, MailModule, TafelsModule],
  controllers: [PlansController],
  providers: [
    FamilyAgreementsService,
    PlansService,
    PlanAnswersService,
    PlanAttachmentsService,
    PlanMailsService,
  ],
  exports: [PlansService],
})
export class PlansModule {}
