import {
  PLAN_TEXT_SECTIONS,
  PlanAnswer,
  PlanDraft,
  PlanSections,
  PlanVersion,
} from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { DATA_CONSENT_AGE, NonCustodialView, Viewer } from '../cases/case-view.policy';
import { withholdsDocuments } from '../cases/viewer.policy';
import type { MemberRef } from '../cases/cases.api';

const EMPTY: PlanSections = Object.fromEntries(PLAN_TEXT_SECTIONS.map((s) => [s, ''])) as PlanSections;

/** Whether a parent may read what this child wrote: under 16 yes, from 16 only with the child's consent. */
function childSharesWith(child: MemberRef | undefined, today: Date): boolean {
  if (!child || child.kind !== 'child') return false;
  const age = child.birthDate ? ageOn(child.birthDate, today) : null;
  return age === null || age < DATA_CONSENT_AGE || child.sharesWithParents;
}

/** The sections as a parent reads them: the children's section only when every child shares with them. */
function sectionsForParent(
  sections: PlanSections,
  members: Map<string, MemberRef>,
  today: Date,
): PlanSections {
  const children = [...members.values()].filter((m) => m.kind === 'child');
  const allShare = children.every((c) => childSharesWith(c, today));
  return allShare ? sections : { ...sections, children_views: '' };
}

/**
 * What one viewer reads of a published version, by the one viewer policy of the cases module:
 * - professionals read everything, with every answer;
 * - whoever gets no documents (a child under 16, a network member, a parent without custody under
 *   the restricted rule) reads no texts, only their own answers;
 * - a parent reads their own answers and the children's views, a 16+ child's only with consent;
 *   when a 16+ child has not consented, the children's section is withheld from the parent too;
 * - a child reads their own answers.
 */
export function versionForViewer(
  version: PlanVersion,
  viewer: Viewer,
  nonCustodialView: NonCustodialView,
  members: Map<string, MemberRef>,
  today = new Date(),
): PlanVersion {
  if (viewer.kind === 'professional') return version;
  const own = (a: PlanAnswer) => a.memberId === viewer.memberId;
  if (withholdsDocuments(viewer, nonCustodialView)) {
    return {
      ...version,
      sections: EMPTY,
      goals: [],
      agreements: [],
      answers: version.answers.filter(own),
      documentsWithheld: true,
    };
  }
  if (viewer.memberKind !== 'parent') return { ...version, answers: version.answers.filter(own) };
  return {
    ...version,
    sections: sectionsForParent(version.sections, members, today),
    answers: version.answers.filter(
      (a) => own(a) || (a.answer === 'view' && childSharesWith(members.get(a.memberId), today)),
    ),
  };
}

/**
 * The draft as a viewer reads it (a parent under family regie reads it, the access table decides who
 * writes): the same children's-section rule as for a published version, so a 16+ child's view is not
 * read by the parents in the draft before it is in a version.
 */
export function draftForViewer(
  draft: PlanDraft,
  viewer: Viewer,
  members: Map<string, MemberRef>,
  today = new Date(),
): PlanDraft {
  if (viewer.kind === 'professional' || viewer.memberKind !== 'parent') return draft;
  return { ...draft, sections: sectionsForParent(draft.sections, members, today) };
}
