import type { RegieMode } from './case';

/** The plan's sections (Signs of Safety), in the order the plan shows them. */
export const PLAN_SECTIONS = [
  'worries',
  'going_well',
  'safety_goals',
  'goals',
  'family_view',
  'children_views',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/**
 * The sections written as free text. The `goals` section is not: it holds the plan's goals as items
 * (`PlanGoal`), each with the agreements that serve it.
 */
export const PLAN_TEXT_SECTIONS = PLAN_SECTIONS.filter(
  (s): s is Exclude<PlanSection, 'goals'> => s !== 'goals',
);
export type PlanTextSection = Exclude<PlanSection, 'goals'>;

/** The sections a parent writes when the family holds the regie. */
export const FAMILY_SECTIONS: readonly PlanTextSection[] = ['family_view'];

/** A plan text section: at most this many characters. */
export const PLAN_SECTION_MAX_LENGTH = 8000;
/** A zienswijze or a child's view. */
export const PLAN_ANSWER_MIN_LENGTH = 2;
/** A familiegroepsplan file: PDF, PNG or JPEG up to 10 MB. */
export const PLAN_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const PLAN_ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type PlanAttachmentType = (typeof PLAN_ATTACHMENT_TYPES)[number];

/** A goal of the plan: what the family wants to reach, in words a parent understands. */
export interface PlanGoal {
  /** Stable across saves and versions (a UUID the editor makes); agreements name it. */
  id: string;
  text: string;
}

/** A goal's text, and how many goals a plan holds. */
export const PLAN_GOAL_MIN_LENGTH = 2;
export const PLAN_GOAL_MAX_LENGTH = 500;
export const PLAN_GOALS_MAX = 20;

/** Who does what by when, in words a parent understands, for one goal of the plan. */
export interface PlanAgreement {
  owner: string;
  what: string;
  dueDate: string;
  /**
   * The goal it serves. Required to publish a plan that has goals; null ("zonder doel") in a plan
   * without goals and in versions published before plans had goals.
   */
  goalId: string | null;
}

/** An agreement as a save sends it: without a goal, `goalId` is left out (a body holds no null). */
export type PlanAgreementInput = Omit<PlanAgreement, 'goalId'> & { goalId?: string };

export type PlanSections = Record<PlanTextSection, string>;

/** The draft the coordinator (and, under family regie, a parent) edits. */
export interface PlanDraft {
  caseId: string;
  /** Optimistic lock: a save names the revision it was based on. */
  revision: number;
  sections: PlanSections;
  goals: PlanGoal[];
  agreements: PlanAgreement[];
  updatedAt: string;
  updatedBy: string | null;
}

export interface PlanDraftInput {
  baseRevision: number;
  sections?: Partial<PlanSections>;
  goals?: PlanGoal[];
  agreements?: PlanAgreementInput[];
}

export interface PlanVersionSummary {
  number: number;
  publishedAt: string;
  sha256: string;
}

export const PLAN_ANSWERS = ['agree', 'disagree', 'view'] as const;
export type PlanAnswerKind = (typeof PLAN_ANSWERS)[number];

/** One family member's answer to one section of one version. */
export interface PlanAnswer {
  id: string;
  versionNumber: number;
  section: PlanSection;
  memberId: string;
  memberName: string;
  answer: PlanAnswerKind;
  /** The zienswijze (disagree) or the child's own view. */
  text: string | null;
  answeredAt: string;
}

export interface PlanAnswerInput {
  section: PlanSection;
  answer: PlanAnswerKind;
  text?: string;
}

/** A published, immutable version of the plan. */
export interface PlanVersion extends PlanVersionSummary {
  caseId: string;
  sections: PlanSections;
  goals: PlanGoal[];
  agreements: PlanAgreement[];
  regieMode: RegieMode;
  /** While regie is professional: the safety goals are not negotiable, for this reason. */
  safetyGoalsNonNegotiable: { reason: string } | null;
  /** Answers: all of them for a professional, the caller's own for a family member. */
  answers: PlanAnswer[];
  /** True when the viewer's policy withholds the texts (a child under 16, a restricted parent). */
  documentsWithheld: boolean;
}

export interface PlanAttachmentSummary {
  id: string;
  fileName: string;
  mediaType: PlanAttachmentType;
  size: number;
  uploadedAt: string;
}

/** What the plan route answers: the draft (professionals), the versions and the basis files. */
export interface PlanOverview {
  caseId: string;
  draft: PlanDraft | null;
  versions: PlanVersionSummary[];
  attachments: PlanAttachmentSummary[];
}

/** One piece of a word diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The `goals` section compares the goals with their agreements under them. */
export interface PlanSectionComparison {
  section: PlanSection;
  change: 'unchanged' | 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

export interface PlanComparison {
  from: number;
  to: number;
  sections: PlanSectionComparison[];
}

/** One agreement of a family, made at a tafel or in the plan: the one list per family. */
export interface FamilyAgreement {
  source: 'tafel' | 'plan';
  /** The agreement's id (tafel) or `plan-<version>-<index>` (plan). */
  id: string;
  owner: string;
  what: string;
  dueDate: string;
  status: 'open' | 'done';
  /** Open and past its due date. */
  overdue: boolean;
  /** Open and due within `AGREEMENT_DUE_SOON_DAYS`. */
  dueSoon: boolean;
  tafelId: string | null;
  planVersion: number | null;
  /** The plan goal it serves (a goal of the plan's draft for a tafel's agreement); null: none. */
  goalId: string | null;
}

export const AGREEMENT_DUE_SOON_DAYS = 7;
