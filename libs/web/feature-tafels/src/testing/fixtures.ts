import { CaseDetail, TafelDetail, TafelParticipant, TafelSummary } from '@tafel/shared/contracts';
import { caseMember } from '@tafel/web/ui/testing';

/** Test data and set-up shared by the specs of this library. */

export function summary(overrides: Partial<TafelSummary> = {}): TafelSummary {
  return {
    id: 't1',
    caseId: 'c1',
    caseNumber: 'TW-2026-00001',
    familyName: 'Bakker',
    momentType: 'toeleiding',
    status: 'requested',
    requestedAt: '2026-04-01T09:00:00Z',
    dueDate: null,
    startsAt: null,
    endsAt: null,
    location: null,
    normBroken: false,
    openAgreements: 0,
    overdueAgreements: 0,
    ...overrides,
  };
}

export function participant(overrides: Partial<TafelParticipant> = {}): TafelParticipant {
  return {
    id: 'p1',
    role: 'parent',
    userId: null,
    memberId: null,
    name: 'Sanne Bakker',
    organisation: null,
    invitation: 'invited',
    notInvitedReason: null,
    attendance: null,
    absenceReason: null,
    declineReason: null,
    wantsOtherMoment: false,
    confidantForMemberId: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<TafelDetail> = {}): TafelDetail {
  return {
    ...summary(),
    request: {
      reason: 'Zorgen over de veiligheid van Daan en Mila.',
      voluntaryHelpTried: 'Gezinscoach sinds het voorjaar.',
      familiegroepsplanOffered: true,
      parentsReaction: 'Moeder wil meewerken.',
      consentToShare: true,
      requestedBy: 'Marloes ter Brake',
    },
    documentsWithheld: false,
    participants: [],
    missingRoles: [],
    childHeard: null,
    decision: null,
    agreements: [],
    cancelReason: null,
    ...overrides,
  };
}

export const bakker: CaseDetail = {
  id: 'c1',
  caseNumber: 'TW-2026-00001',
  familyName: 'Bakker',
  gemeente: 'Enschede',
  phase: 'toeleiding',
  regieMode: 'family',
  coordinator: {
    userId: 'u-coord',
    displayName: 'Marloes ter Brake',
    organisation: null,
    since: '2026-01-05',
  },
  updatedAt: '2026-04-01T09:00:00Z',
  createdAt: '2026-01-05T09:00:00Z',
  timelineWithheld: false,
  retainUntil: null,
  members: [
    caseMember({ id: 'm-sanne' }),
    caseMember({
      id: 'm-daan',
      kind: 'child',
      firstName: 'Daan',
      birthDate: '2012-02-01',
      age: 14,
      custody: null,
    }),
  ],
};

export { signIn } from '@tafel/web/core/testing';
