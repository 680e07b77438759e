import { AccessLogEntity } from '../modules/audit/access-log.entity';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity';
import { RecoveryCodeEntity } from '../modules/auth/recovery-code.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { EmergencyAccessEntity } from '../modules/cases/entities/emergency-access.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { CaseMemberEntity } from '../modules/cases/entities/case-member.entity';
import { CaseProfessionalEntity } from '../modules/cases/entities/case-professional.entity';
import { ChainEventEntity } from '../modules/cases/entities/chain-event.entity';
import { HandoverEntity } from '../modules/chain/handover.entity';
import { MeasureEntity } from '../modules/chain/measure.entity';
import { CoordinatorAssignmentEntity } from '../modules/cases/entities/coordinator-assignment.entity';
import { DestroyedCaseEntity } from '../modules/cases/entities/destroyed-case.entity';
import { FamilyCaseEntity } from '../modules/cases/entities/family-case.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { AgreementNoticeEntity } from '../modules/plans/entities/agreement-notice.entity';
import { PlanAnswerEntity } from '../modules/plans/entities/plan-answer.entity';
import { PlanAttachmentEntity } from '../modules/plans/entities/plan-attachment.entity';
import { PlanVersionEntity } from '../modules/plans/entities/plan-version.entity';
import { PlanEntity } from '../modules/plans/entities/plan.entity';
import { JobEntity } from '../modules/jobs/job.entity';
import { AgreementEntity } from '../modules/tafels/entities/agreement.entity';
import { BookingEntity } from '../modules/tafels/entities/booking.entity';
import { TafelRoomStateEntity } from '../modules/tafel-room/tafel-room-state.entity';
import { TafelNoteSnapshotEntity } from '../modules/tafel-notes/tafel-note-snapshot.entity';
import { TafelNoteUpdateEntity } from '../modules/tafel-notes/tafel-note-update.entity';
import { SittingEntity } from '../modules/tafels/entities/sitting.entity';
import { TafelParticipantEntity } from '../modules/tafels/entities/tafel-participant.entity';
import { TafelEntity } from '../modules/tafels/entities/tafel.entity';
import { MonitorCountEntity } from '../modules/monitor/entities/monitor-count.entity';
import { MonitorDuidingEntity } from '../modules/monitor/entities/monitor-duiding.entity';
import { MonitorSpanEntity } from '../modules/monitor/entities/monitor-span.entity';
import { MonitorSpanMonthEntity } from '../modules/monitor/entities/monitor-span-month.entity';
import { MonitorPendingCaseEntity } from '../modules/monitor/entities/monitor-pending-case.entity';
import { UserEntity } from '../modules/users/user.entity';
import { VerslagDraftEntity } from '../modules/verslagen/verslag-draft.entity';
import { VerslagReplyEntity } from '../modules/verslagen/verslag-reply.entity';
import { VerslagEntity } from '../modules/verslagen/verslag.entity';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  FamilyCaseEntity,
  DestroyedCaseEntity,
  CaseMemberEntity,
  CaseProfessionalEntity,
  CoordinatorAssignmentEntity,
  ChainEventEntity,
  SittingEntity,
  TafelEntity,
  TafelParticipantEntity,
  AgreementEntity,
  BookingEntity,
  JobEntity,
  AccessLogEntity,
  RecoveryCodeEntity,
  LoginAttemptEntity,
  InvitationEntity,
  EmergencyAccessEntity,
  MeasureEntity,
  HandoverEntity,
  TafelNoteUpdateEntity,
  TafelNoteSnapshotEntity,
  TafelRoomStateEntity,
  VerslagDraftEntity,
  VerslagEntity,
  VerslagReplyEntity,
  MonitorCountEntity,
  MonitorSpanEntity,
  MonitorSpanMonthEntity,
  MonitorPendingCaseEntity,
  MonitorDuidingEntity,
  PlanEntity,
  PlanVersionEntity,
  PlanAnswerEntity,
  PlanAttachmentEntity,
  AgreementNoticeEntity,
];
