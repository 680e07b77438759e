import { PLAN_SECTIONS, PlanSection, PlanVersion } from '@tafel/shared/contracts';
import {
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
  goals: 'Doelen',
  family_view: 'Wat het gezin zelf vindt',
  children_views: 'Wat de kinderen vinden',
};

/** A published plan version as a document (the tagged PDF), as the viewer may read it. */
export function planDocument(version: PlanVersion): DocumentSpec {
  const sections: DocumentSection[] = PLAN_SECTIONS.map((s) => ({
    heading: HEADING[s],
    blocks: [
      ...(s === 'safety_goals' && version.safetyGoalsNonNegotiable
        ? paragraphs(`Niet onderhandelbaar. Reden: ${version.safetyGoalsNonNegotiable.reason}`)
        : []),
      ...paragraphs(version.sections[s], 'Nog niets ingevuld.'),
    ],
  }));
  sections.push({
    heading: 'Afspraken',
    blocks: version.agreements.length
      ? [
          {
            kind: 'list',
            items: version.agreements.map((a) => `${a.owner}: ${a.what} (uiterlijk ${longDate(a.dueDate)})`),
          },
        ]
      : paragraphs(null, 'Geen afspraken.'),
  });
  return {
    title: `Gezinsplan, versie ${version.number}`,
    subtitle: `Gepubliceerd op ${dateTime(version.publishedAt)}. Kenmerk (SHA-256): ${version.sha256}`,
    sections,
  };
}
