import { PLAN_SECTIONS, PlanSection, PlanVersion } from '@tafel/shared/contracts';
import { agreementsByGoal } from '@tafel/shared/util';
import {
  DocumentBlock,
  DocumentSection,
  DocumentSpec,
  dateTime,
  longDate,
  paragraphs,
} from '../documents/tagged-pdf.service';

/** The section headings as the family reads them in the PDF. */
const HEADING: Record<PlanSection, string> = {
  worries: 'Zorgen',
  going_well: 'Wat goed gaat',
  safety_goals: 'Veiligheidsdoelen',
  goals: 'Doelen en afspraken',
  family_view: 'Wat het gezin zelf vindt',
  children_views: 'Wat de kinderen vinden',
};

/** Each goal, then the agreements that serve it (and those that serve none), in words a parent reads. */
function goalBlocks(version: PlanVersion): DocumentBlock[] {
  const groups = agreementsByGoal(version.goals, version.agreements);
  if (groups.length === 0) return paragraphs(null, 'Nog geen doelen en geen afspraken.');
  return groups.flatMap(({ goal, agreements }, i): DocumentBlock[] => [
    { kind: 'paragraph', text: goal ? `Doel ${i + 1}: ${goal.text}` : 'Afspraken zonder doel' },
    agreements.length
      ? {
          kind: 'list',
          items: agreements.map((a) => `${a.owner}: ${a.what} (uiterlijk ${longDate(a.dueDate)})`),
        }
      : { kind: 'paragraph', text: 'Nog geen afspraken bij dit doel.' },
  ]);
}

/** A published plan version as a document (the tagged PDF), as the viewer may read it. */
export function planDocument(version: PlanVersion): DocumentSpec {
  const sections: DocumentSection[] = PLAN_SECTIONS.map((s) => ({
    heading: HEADING[s],
    blocks:
      s === 'goals'
        ? goalBlocks(version)
        : [
            ...(s === 'safety_goals' && version.safetyGoalsNonNegotiable
              ? paragraphs(`Niet onderhandelbaar. Reden: ${version.safetyGoalsNonNegotiable.reason}`)
              : []),
            ...paragraphs(version.sections[s], 'Nog niets ingevuld.'),
          ],
  }));
  return {
    title: `Gezinsplan, versie ${version.number}`,
    subtitle: `Gepubliceerd op ${dateTime(version.publishedAt)}. Kenmerk (SHA-256): ${version.sha256}`,
    sections,
  };
}
