import { Measure, TafelDetail } from '@tafel/shared/contracts';
import { Viewer } from './case-view.policy';
import {
  PROFESSIONAL_VIEWER,
  measuresForViewer,
  tafelForViewer,
  viewerOf,
  withholdsDocuments,
} from './viewer.policy';

const family = (memberKind: 'parent' | 'child' | 'network', extra: Partial<Viewer> = {}): Viewer =>
  ({
    kind: 'family',
    memberId: 'me',
    memberKind,
    custody: memberKind === 'parent',
    age: null,
    ...extra,
  }) as Viewer;

const tafel: TafelDetail = {
  id: 't1',
  caseId: 'c1',
  caseNumber: 'TW-1',
  familyName: 'Bakker',
  momentType: 'toeleiding',
  status: 'concluded',
  requestedAt: '2026-05-01T10:00:00.000Z',
  dueDate: null,
  startsAt: null,
  endsAt: null,
  location: null,
  normBroken: false,
  openAgreements: 0,
  overdueAgreements: 0,
  request: {
    reason: 'Melding huiselijk geweld',
    voluntaryHelpTried: 'Gezinscoach',
    familiegroepsplanOffered: true,
    parentsReaction: 'Wij zijn het niet eens',
    consentToShare: true,
    requestedBy: 'Regievoerder',
  },
  documentsWithheld: false,
  missingRoles: [],
  participants: [
    {
      id: 'p1',
      role: 'parent',
      userId: null,
      memberId: 'other',
      name: 'Vader',
      organisation: null,
      invitation: 'not_invited',
      notInvitedReason: 'Contactverbod',
      attendance: null,
      absenceReason: null,
      declineReason: null,
      wantsOtherMoment: false,
      confidantForMemberId: null,
    },
    {
      id: 'p2',
      role: 'parent',
      userId: null,
      memberId: 'me',
      name: 'Moeder',
      organisation: null,
      invitation: 'not_invited',
      notInvitedReason: 'Eigen reden',
      attendance: null,
      absenceReason: null,
      declineReason: null,
      wantsOtherMoment: false,
      confidantForMemberId: null,
    },
  ],
  childHeard: 'in_person',
  decision: {
    decision: 'conditional',
    rationale: 'Onderbouwing',
    parentsView: 'disagree',
    parentsViewText: 'Wij vinden het niet nodig',
    conditionsDeadline: '2026-10-01',
    giOrganisationId: null,
    decidedAt: '2026-05-10T10:00:00.000Z',
    decidedBy: 'Voorzitter',
  },
  agreements: [],
  cancelReason: null,
};

describe('viewer policy', () => {
  it('shows a professional the whole tafel', () => {
    expect(tafelForViewer(tafel, PROFESSIONAL_VIEWER, 'restricted')).toBe(tafel);
  });

  it("gives a child under 16 no documents: not the request's reason, not the parents' reaction", () => {
    const seen = tafelForViewer(tafel, family('child', { age: 14 }), 'restricted');
    expect(seen.documentsWithheld).toBe(true);
    expect(seen.request).toEqual({ reason: null, consentToShare: true, requestedBy: 'Regievoerder' });
    expect(seen.decision).toMatchObject({ decision: 'conditional', rationale: null, parentsViewText: null });
  });

  it('gives a youth of 16 or older and a parent with custody the texts', () => {
    for (const viewer of [family('child', { age: 16 }), family('parent')]) {
      const seen = tafelForViewer(tafel, viewer, 'restricted');
      expect(seen.documentsWithheld).toBe(false);
      expect(seen.request.reason).toBe('Melding huiselijk geweld');
      expect(seen.decision?.rationale).toBe('Onderbouwing');
    }
  });

  it('extends the restricted view of a parent without custody to the tafel texts, unless configured full', () => {
    const noCustody = family('parent', { custody: false });
    expect(tafelForViewer(tafel, noCustody, 'restricted').request.reason).toBeNull();
    expect(tafelForViewer(tafel, noCustody, 'full').request.reason).toBe('Melding huiselijk geweld');
  });

  it('gives a network member and a child of unknown age no documents', () => {
    expect(withholdsDocuments(family('network'), 'full')).toBe(true);
    expect(withholdsDocuments(family('child'), 'full')).toBe(true);
  });

  it('never shows a family member why someone else was left out, only their own reason', () => {
    const seen = tafelForViewer(tafel, family('parent'), 'restricted');
    expect(seen.participants.map((p) => p.notInvitedReason)).toEqual([null, 'Eigen reden']);
  });

  it('derives the viewer from the membership in the grant', () => {
    expect(viewerOf(null)).toBe(PROFESSIONAL_VIEWER);
    expect(
      viewerOf({ id: 'm', kind: 'child', custody: null, birthDate: '2012-01-01' }, new Date('2026-06-01')),
    ).toEqual({ kind: 'family', memberId: 'm', memberKind: 'child', custody: null, age: 14 });
  });
});

describe('measures for the viewer', () => {
  const measure = (memberId: string): Measure => ({
    id: `m-${memberId}`,
    caseId: 'c1',
    memberId,
    type: 'ots',
    courtDate: '2026-03-01',
    startsOn: '2026-03-01',
    endsOn: '2027-03-01',
    giOrganisationId: 'gi',
    giOrganisationName: 'Jeugdbescherming Overijssel',
    jeugdbeschermerId: 'u1',
    jeugdbeschermerName: 'Jeugdbeschermer',
    extensions: [],
    endedOn: null,
    endReason: null,
  });
  const measures = [measure('young'), measure('older'), measure('consenting')];
  const children = new Map([
    ['young', { age: 9, sharesWithParents: false }],
    ['older', { age: 16, sharesWithParents: false }],
    ['consenting', { age: 17, sharesWithParents: true }],
  ]);
  const ids = (viewer: Viewer, view: 'restricted' | 'full' = 'restricted') =>
    measuresForViewer(measures, viewer, children, view).map((m) => m.memberId);

  it('shows a professional every measure, with the jeugdbeschermer', () => {
    expect(measuresForViewer(measures, PROFESSIONAL_VIEWER, children, 'restricted')).toEqual(measures);
  });

  it("shows a parent their children's measures, but not a child of 16+ without consent", () => {
    expect(ids(family('parent'))).toEqual(['young', 'consenting']);
  });

  it('shows a parent without custody none under the restricted view, and as a parent under the full one', () => {
    expect(ids(family('parent', { custody: false }))).toEqual([]);
    expect(ids(family('parent', { custody: false }), 'full')).toEqual(['young', 'consenting']);
  });

  it('shows a child only their own measure, and a network member none', () => {
    expect(ids(family('child', { memberId: 'older', age: 16 }))).toEqual(['older']);
    expect(ids(family('child', { memberId: 'young', age: 12 }))).toEqual(['young']);
    expect(ids(family('network'))).toEqual([]);
  });

  it('names the GI to the family, not the jeugdbeschermer', () => {
    const [read] = measuresForViewer(measures, family('parent'), children, 'full');
    expect(read).toMatchObject({
      giOrganisationName: 'Jeugdbescherming Overijssel',
      jeugdbeschermerName: null,
    });
    expect(read?.jeugdbeschermerId).toBeNull();
  });
});
