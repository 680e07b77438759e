import {
  CaseDetail,
  CaseMember,
  CaseSummary,
  CoordinatorRef,
  MEMBER_KINDS,
  MemberAccount,
} from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { NonCustodialView, Viewer, isRestrictedParent, membersForViewer } from './case-view.policy';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';

export function toCoordinatorRef(assignment: CoordinatorAssignmentEntity | undefined): CoordinatorRef | null {
  if (!assignment) return null;
  return {
    userId: assignment.userId,
    displayName: assignment.user.displayName,
    organisation: assignment.user.organisation?.name ?? null,
    since: assignment.startedAt.toISOString(),
  };
}

export function toCaseSummary(
  entity: FamilyCaseEntity,
  assignment?: CoordinatorAssignmentEntity,
): CaseSummary {
  return {
    id: entity.id,
    caseNumber: entity.caseNumber,
    familyName: entity.familyName,
    gemeente: entity.gemeente,
    phase: entity.phase,
    regieMode: entity.regieMode,
    coordinator: toCoordinatorRef(assignment),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toCaseMember(member: CaseMemberEntity, today: Date): CaseMember {
  return {
    id: member.id,
    kind: member.kind,
    firstName: member.firstName,
    lastName: member.lastName,
    birthDate: member.birthDate,
    age: member.birthDate ? ageOn(member.birthDate, today) : null,
    custody: member.kind === 'parent' ? member.custody : null,
    address: member.address,
    addressConfidential: member.addressConfidential,
    restricted: false,
    hasAccount: member.userId !== null,
    sharesWithParents: member.sharesWithParents,
    self: false,
  };
}

export function toCaseDetail(
  entity: FamilyCaseEntity,
  assignment: CoordinatorAssignmentEntity | undefined,
  members: CaseMemberEntity[],
  viewer: Viewer,
  nonCustodialView: NonCustodialView,
  /** The parents' and children's account states, only for a caller who may invite. */
  accounts: ReadonlyMap<string, MemberAccount> = new Map(),
  today = new Date(),
): CaseDetail {
  const sorted = [...members].sort((a, b) => MEMBER_KINDS.indexOf(a.kind) - MEMBER_KINDS.indexOf(b.kind));
  return {
    ...toCaseSummary(entity, assignment),
    createdAt: entity.createdAt.toISOString(),
    members: membersForViewer(
      sorted.map((m) => {
        const account = accounts.get(m.id);
        return account ? { ...toCaseMember(m, today), account } : toCaseMember(m, today);
      }),
      viewer,
      nonCustodialView,
    ),
    timelineWithheld: isRestrictedParent(viewer, nonCustodialView),
    // The retention term is the professionals' business (records management), not the family's page.
    retainUntil: viewer.kind === 'professional' ? entity.retainUntil : null,
  };
}
