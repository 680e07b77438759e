import { PlanSection } from '@tafel/shared/contracts';

/** The plan's sections (Signs of Safety) as the professionals name them. */
export const PLAN_SECTION_LABELS: Readonly<Record<PlanSection, string>> = {
  worries: $localize`:@@planSection.worries:Zorgen`,
  going_well: $localize`:@@planSection.goingWell:Wat goed gaat`,
  safety_goals: $localize`:@@planSection.safetyGoals:Veiligheidsdoelen`,
  goals: $localize`:@@planSection.goals:Doelen en afspraken`,
  family_view: $localize`:@@planSection.familyView:Visie van het gezin`,
  children_views: $localize`:@@planSection.childrenViews:Wat de kinderen vinden`,
};
