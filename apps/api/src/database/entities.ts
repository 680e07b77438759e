import { SessionEntity } from '../modules/auth/session.entity';
import { CaseMemberEntity } from '../modules/cases/entities/case-member.entity';
import { CaseProfessionalEntity } from '../modules/cases/entities/case-professional.entity';
import { ChainEventEntity } from '../modules/cases/entities/chain-event.entity';
import { CoordinatorAssignmentEntity } from '../modules/cases/entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from '../modules/cases/entities/family-case.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  FamilyCaseEntity,
  CaseMemberEntity,
  CaseProfessionalEntity,
  CoordinatorAssignmentEntity,
  ChainEventEntity,
];
