import { Agreement, TafelDetail, TafelParticipant, TafelRole, TafelSummary } from '@tafel/shared/contracts';
import { dutchDate, workingDaysBetween } from '@tafel/shared/util';
import type { CaseRef, MemberRef } from '../cases/cases.api';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { rolesToAdd } from './required-roles';

/** Request → tafel beyond the region's norm in working days; never when the region set none (null). */
export function isNormBroken(
  requestedAt: Date,
  startsAt: Date | null,
  normWorkingDays: number | null,
): boolean {
  return (
    normWorkingDays !== null &&
    startsAt !== null &&
    workingDaysBetween(requestedAt, startsAt) > normWorkingDays
  );
}

export function toAgreement(a: AgreementEntity, today = new Date()): Agreement {
  return {
    id: a.id,
    ownerName: a.ownerName,
    ownerUserId: a.ownerUserId,
    ownerMemberId: a.ownerMemberId,
    ownerOrganisationId: a.ownerOrganisationId,
    what: a.what,
    dueDate: a.dueDate,
    status: a.status,
    overdue: a.status === 'open' && a.dueDate < dutchDate(today),
    goalId: a.planGoalId,
  };
}

/** A participant with the person of the case they are, when they are one (read through the cases API). */
export type ParticipantRow = TafelParticipantEntity & { member?: MemberRef };

/**
 * The account of a seat. A family member's seat is theirs through their person of the case, so it is that
 * person's account now, also when it was linked after the tafel was requested.
 */
export function seatAccount(p: ParticipantRow): string | null {
  return p.member ? p.member.userId : p.userId;
}

export function toParticipant(p: ParticipantRow): TafelParticipant {
  const name = p.user?.displayName ?? (p.member ? `${p.member.firstName} ${p.member.lastName}` : 'Onbekend');
  return {
    id: p.id,
    role: p.role,
    userId: seatAccount(p),
    memberId: p.memberId,
    name,
    organisation: p.user?.organisation?.name ?? null,
    invitation: p.invitation,
    notInvitedReason: p.notInvitedReason,
    attendance: p.attendance,
    absenceReason: p.absenceReason,
    declineReason: p.declineReason,
    wantsOtherMoment: p.wantsOtherMoment,
    confidantForMemberId: p.confidantForMemberId,
  };
}

export function toTafelSummary(
  t: TafelEntity,
  theCase: Pick<CaseRef, 'caseNumber' | 'familyName'>,
  agreements: AgreementEntity[],
  normWorkingDays: number | null,
): TafelSummary {
  const mapped = agreements.map((a) => toAgreement(a));
  return {
    id: t.id,
    caseId: t.caseId,
    caseNumber: theCase.caseNumber,
    familyName: theCase.familyName,
    momentType: t.momentType,
    status: t.status,
    requestedAt: t.requestedAt.toISOString(),
    dueDate: t.dueDate,
    startsAt: t.startsAt?.toISOString() ?? null,
    endsAt: t.endsAt?.toISOString() ?? null,
    location: t.sitting?.location ?? null,
    normBroken: isNormBroken(t.requestedAt, t.startsAt, normWorkingDays),
    openAgreements: mapped.filter((a) => a.status === 'open').length,
    overdueAgreements: mapped.filter((a) => a.overdue).length,
  };
}

export function toTafelDetail(
  t: TafelEntity,
  theCase: Pick<CaseRef, 'caseNumber' | 'familyName'>,
  participants: ParticipantRow[],
  agreements: AgreementEntity[],
  origin: Pick<TafelDetail['request'], 'requestedBy' | 'followsTafel'> & { decidedBy: string | null },
  normWorkingDays: number | null,
  requiredRoles: readonly TafelRole[],
): TafelDetail {
  return {
    ...toTafelSummary(t, theCase, agreements, normWorkingDays),
    request: {
      reason: t.reason,
      voluntaryHelpTried: t.voluntaryHelpTried ?? undefined,
      familiegroepsplanOffered: t.familiegroepsplanOffered ?? undefined,
      parentsReaction: t.parentsReaction ?? undefined,
      parentsUnreachableReason: t.parentsUnreachableReason ?? undefined,
      consentToShare: t.consentToShare,
      requestedBy: origin.requestedBy,
      followsTafel: origin.followsTafel,
    },
    documentsWithheld: false,
    participants: participants.map(toParticipant),
    missingRoles: rolesToAdd(requiredRoles, participants),
    childHeard: t.childHeard,
    decision:
      t.decision && t.decidedAt
        ? {
            decision: t.decision,
            rationale: t.decisionRationale ?? '',
            parentsView: t.parentsView ?? 'agree',
            parentsViewText: t.parentsViewText ?? '',
            conditionsDeadline: t.conditionsDeadline,
            giOrganisationId: t.giOrganisationId,
            decidedAt: t.decidedAt.toISOString(),
            decidedBy: origin.decidedBy ?? '',
          }
        : null,
    agreements: agreements.map((a) => toAgreement(a)),
    cancelReason: t.cancelReason,
  };
}
