import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { UserEntity } from '../users/user.entity';
import { AccessWriteLogInterceptor } from './access/write-log';
import { CaseAccessService } from './case-access.service';
import { CasesApi } from './cases.api';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ChainEventsService } from './chain-events.service';
import { ChainProjections } from './chain-projections';
import { CoordinatorService } from './coordinator.service';
import { EmergencyAccessController } from './emergency-access.controller';
import { EmergencyAccessService } from './emergency-access.service';
import { MemberAccounts } from './member-accounts.port';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CaseProfessionalEntity } from './entities/case-professional.entity';
import { ChainEventEntity } from './entities/chain-event.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';
import { CaseRetention } from './retention/case-retention';
import { CaseTafels } from './retention/case-tafels.port';
import { RetentionService } from './retention/retention.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([
      FamilyCaseEntity,
      CaseMemberEntity,
      CaseProfessionalEntity,
      CoordinatorAssignmentEntity,
      ChainEventEntity,
      UserEntity,
    ]),
  ],
  controllers: [CasesController, EmergencyAccessController],
  providers: [
    CasesApi,
    CasesService,
    CoordinatorService,
    CaseAccessService,
    ChainEventsService,
    ChainProjections,
    EmergencyAccessService,
    MemberAccounts,
    CaseRetention,
    CaseTafels,
    RetentionService,
    { provide: APP_INTERCEPTOR, useClass: AccessWriteLogInterceptor },
  ],
  exports: [
    CaseAccessService,
    CaseRetention,
    CaseTafels,
    CasesApi,
    CasesService,
    ChainProjections,
    CoordinatorService,
    MemberAccounts,
    RetentionService,
  ],
})
export class CasesModule {}
