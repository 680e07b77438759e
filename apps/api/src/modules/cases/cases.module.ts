import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { UserEntity } from '../users/user.entity';
import { CaseAccessService } from './case-access.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ChainEventsService } from './chain-events.service';
import { CoordinatorService } from './coordinator.service';
import { EmergencyAccessController } from './emergency-access.controller';
import { EmergencyAccessService } from './emergency-access.service';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CaseProfessionalEntity } from './entities/case-professional.entity';
import { ChainEventEntity } from './entities/chain-event.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';

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
    CasesService,
    CoordinatorService,
    CaseAccessService,
    ChainEventsService,
    EmergencyAccessService,
  ],
  exports: [CaseAccessService, ChainEventsService],
})
export class CasesModule {}
