import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { TafelsModule } from '../tafels/tafels.module';
import { AgreementNoticesService } from './agreement-notices.service';
import { FamilyAgreementsService } from './family-agreements.service';
import { PlanAnswersService } from './plan-answers.service';
import { PlanAttachmentsService } from './plan-attachments.service';
import { PlanAttentionService } from './plan-attention.service';
import { PlanMailsService } from './plan-mails.service';
import { PlanDestruction } from './plan-destruction';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** One plan per case: draft, versions, the family's answers, the familiegroepsplan; the family's agreements in one list and their due / overdue notices. Owns plan_* and agreement_notice. */
@Module({
  imports: [CasesModule, DocumentsModule, JobsModule, MailModule, TafelsModule],
  controllers: [PlansController],
  providers: [
    AgreementNoticesService,
    FamilyAgreementsService,
    PlansService,
    PlanAnswersService,
    PlanAttachmentsService,
    PlanAttentionService,
    PlanMailsService,
    PlanDestruction,
  ],
  exports: [PlansService, FamilyAgreementsService, PlanAttentionService],
})
export class PlansModule {}
