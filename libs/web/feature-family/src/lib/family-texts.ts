import { FamilyAgreement, PlanSection } from '@tafel/shared/contracts';

/** The plan's sections as a question a parent understands (B1). */
export const PARENT_SECTION_TITLES: Readonly<Record<PlanSection, string>> = {
  worries: $localize`:@@family.section.worries:Waar maken we ons zorgen over?`,
  going_well: $localize`:@@family.section.goingWell:Wat gaat goed?`,
  safety_goals: $localize`:@@family.section.safetyGoals:Wat moet er zeker gebeuren, zodat de kinderen veilig zijn?`,
  goals: $localize`:@@family.section.goals:Wat willen we bereiken?`,
  family_view: $localize`:@@family.section.familyView:Wat vindt het gezin zelf?`,
  children_views: $localize`:@@family.section.childrenViews:Wat vinden de kinderen?`,
};

/** The same sections for a child: je-vorm, short, no jargon. */
export const CHILD_SECTION_TITLES: Readonly<Record<PlanSection, string>> = {
  worries: $localize`:@@family.child.worries:Waar maken mensen zich zorgen over?`,
  going_well: $localize`:@@family.child.goingWell:Wat gaat goed?`,
  safety_goals: $localize`:@@family.child.safetyGoals:Wat moet er gebeuren, zodat jij veilig bent?`,
  goals: $localize`:@@family.child.goals:Wat gaan we doen?`,
  family_view: $localize`:@@family.child.familyView:Wat vinden je ouders?`,
  children_views: $localize`:@@family.child.childrenViews:Wat vind jij?`,
};

/** Where an agreement stands, in plain words. */
export function agreementState(a: FamilyAgreement): string {
  if (a.status === 'done') return $localize`:@@family.agreement.done:Klaar`;
  if (a.overdue) return $localize`:@@family.agreement.overdue:Te laat`;
  if (a.dueSoon) return $localize`:@@family.agreement.dueSoon:Bijna`;
  return $localize`:@@family.agreement.open:Nog bezig`;
}
