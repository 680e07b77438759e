import { PLAN_SECTIONS, PlanAnswer, PlanSection, PlanSections, PlanVersion } from '@tafel/shared/contracts';
import { Answerer } from '../answer/section-answer';

/** A section's text; the goals section has none (its goals are items). */
export const sectionText = (sections: PlanSections, s: PlanSection): string =>
  s === 'goals' ? '' : sections[s];

/** Whether a section says something: text, or for the goals section at least one goal. */
const hasContent = (version: PlanVersion, s: PlanSection): boolean =>
  s === 'goals' ? version.goals.length > 0 : sectionText(version.sections, s).trim() !== '';

/**
 * The sections this reader answers: a parent every section but the children's that has content
 * (agreeing with an empty part means nothing); a child only their own, which they write themselves.
 */
export const answerableSections = (version: PlanVersion, answerer: Answerer): PlanSection[] =>
  PLAN_SECTIONS.filter((s) =>
    answerer === 'parent' ? s !== 'children_views' && hasContent(version, s) : s === 'children_views',
  );

/** The reader's own answer to a section (the API sends a family member only their own, and children's views). */
export function ownAnswer(version: PlanVersion, section: PlanSection, answerer: Answerer): PlanAnswer | null {
  return (
    version.answers.find(
      (a) => a.section === section && (answerer === 'child' ? a.answer === 'view' : a.answer !== 'view'),
    ) ?? null
  );
}

/** The sections that still wait for this reader's answer. */
export const awaitedSections = (version: PlanVersion, answerer: Answerer): PlanSection[] =>
  answerableSections(version, answerer).filter((s) => !ownAnswer(version, s, answerer));

/** Whether the plan shows this reader no text at all: documents withheld and their own part still empty. */
export const seesNoPlanText = (version: PlanVersion, answerer: Answerer): boolean =>
  version.documentsWithheld && answerableSections(version, answerer).every((s) => !hasContent(version, s));
