import { ChainEvent, Measure, TafelDetail, TafelParticipant, Verslag } from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import {
  DATA_CONSENT_AGE,
  NonCustodialView,
  Viewer,
  isRestrictedParent,
  withholdsChild,
} from './case-view.policy';
import { FamilyMembership } from './access/case-access.policy';

/**
 * What a family member reads of a tafel (and, with the same rules, of later documents such as the
 * plan and the verslag). One policy next to the members' view in case-view.policy.ts:
 * - a child under 16 gets no documents (DOMAIN: "children under 16 get no documents by default");
 * - a network member sees only the tafel they are invited to, and no documents of it;
 * - a parent without custody with the restricted view gets no documents either (the view withholds
 *   the children's data, and the tafel's texts are about the children);
 * - a parent left out of a tafel does not read it at all (decided by the access table);
 * - nobody in the family reads why someone else was not invited, was absent or will not come (nor
 *   whether they asked for another moment).
 * Professionals see everything their relationship gives them.
 */

export const PROFESSIONAL_VIEWER: Viewer = { kind: 'professional' };

/** The viewer for a grant: a family member through their own membership, everyone else as a professional. */
export function viewerOf(member: FamilyMembership | null, today = new Date()): Viewer {
  if (!member) return PROFESSIONAL_VIEWER;
  return {
    kind: 'family',
    memberId: member.id,
    memberKind: member.kind,
    custody: member.custody,
    age: member.birthDate ? ageOn(member.birthDate, today) : null,
  };
}

/**
 * The timeline as the viewer reads it: a young person's consent (given or withdrawn) is their own
 * choice — a family member sees only their own, never a child's decision about the parents' access.
 * A family member reads the organisations an event names, not the professionals it names (who was
 * coordinator before, to whom regie went): the case page shows them the current coordinator.
 */
export function timelineForViewer(events: ChainEvent[], viewer: Viewer): ChainEvent[] {
  if (viewer.kind === 'professional') return events;
  return events
    .filter((e) => e.type !== 'consent_changed' || e.data.memberId === viewer.memberId)
    .map((e) => ({ ...e, names: { ...e.names, people: withoutNames(e.names.people) } }));
}

function withoutNames(people: ChainEvent['names']['people']): ChainEvent['names']['people'] {
  return Object.fromEntries(
    Object.entries(people).map(([id, person]) => [
      id,
      { name: null, organisation: person?.organisation ?? null },
    ]),
  );
}

/**
 * The court measures as the viewer reads them: a child reads their own, a parent those of the children
 * whose data they see (not under the restricted view, not a child of 16+ without consent), a network
 * member none. As on the timeline, the family reads the GI, not the jeugdbeschermer's name.
 */
export function measuresForViewer(
  measures: Measure[],
  viewer: Viewer,
  children: ReadonlyMap<string, { age: number | null; sharesWithParents: boolean }>,
  nonCustodialView: NonCustodialView,
): Measure[] {
  if (viewer.kind === 'professional') return measures;
  const reads = (m: Measure): boolean => {
    switch (viewer.memberKind) {
      case 'child':
        return m.memberId === viewer.memberId;
      case 'parent': {
        const child = children.get(m.memberId);
        return !!child && !withholdsChild(viewer, child, nonCustodialView);
      }
      case 'network':
        return false;
    }
  };
  return measures.filter(reads).map((m) => ({ ...m, jeugdbeschermerId: null, jeugdbeschermerName: null }));
}

/** Whether the viewer's view holds no documents (texts written about the family). */
export function withholdsDocuments(viewer: Viewer, nonCustodialView: NonCustodialView): boolean {
  if (viewer.kind === 'professional') return false;
  if (viewer.memberKind === 'network') return true;
  if (viewer.memberKind === 'child') return viewer.age === null || viewer.age < DATA_CONSENT_AGE;
  return isRestrictedParent(viewer, nonCustodialView);
}

/**
 * The verslag as a child under 16 reads it (`tafel.notes.shared`): the discussion of the sections the
 * chair shares with them and nothing else —
 * no participants, decision, agreements or reactions, and no hash (it is the hash of the whole text).
 */
export function verslagForSharedView(verslag: Verslag, shared: readonly string[]): Verslag {
  return {
    ...verslag,
    hash: null,
    replies: [],
    sharedSectionsOnly: true,
    content: {
      ...verslag.content,
      participants: [],
      childHeard: null,
      discussion: verslag.content.discussion.filter((section) => shared.includes(section.key)),
      decision: null,
      rationale: null,
      agreements: [],
      parentsView: null,
      parentsViewText: null,
    },
  };
}

function participantForViewer(p: TafelParticipant, viewer: Viewer): TafelParticipant {
  if (viewer.kind === 'professional' || p.memberId === viewer.memberId) return p;
  return { ...p, notInvitedReason: null, absenceReason: null, declineReason: null, wantsOtherMoment: false };
}

export function tafelForViewer(
  tafel: TafelDetail,
  viewer: Viewer,
  nonCustodialView: NonCustodialView,
): TafelDetail {
  if (viewer.kind === 'professional') return tafel;
  const participants = tafel.participants.map((p) => participantForViewer(p, viewer));
  if (!withholdsDocuments(viewer, nonCustodialView)) return { ...tafel, participants };
  return {
    ...tafel,
    participants,
    documentsWithheld: true,
    request: {
      reason: null,
      consentToShare: tafel.request.consentToShare,
      requestedBy: tafel.request.requestedBy,
      followsTafel: tafel.request.followsTafel,
    },
    decision: tafel.decision && { ...tafel.decision, rationale: null, parentsViewText: null },
    cancelReason: null,
  };
}
