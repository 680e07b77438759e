export const MOMENT_TYPES = ['toeleiding', 'overdracht', 'afschaling', 'herbespreking'] as const;
export type MomentType = (typeof MOMENT_TYPES)[number];

export const TAFEL_STATUSES = [
  'requested',
  'scheduled',
  'in_session',
  'concluded',
  'minutes_adopted',
  'postponed',
  'cancelled',
] as const;
export type TafelStatus = (typeof TAFEL_STATUSES)[number];

/** The decisions a chair can take, per moment type (docs/domain.md). */
export const DECISIONS_BY_MOMENT = {
  toeleiding: ['no_investigation', 'conditional', 'request_investigation'],
  herbespreking: ['no_investigation', 'conditional', 'request_investigation'],
  overdracht: ['handover_to_gi', 'no_measure_requested'],
  afschaling: ['end_measure_agreed', 'request_extension'],
} as const satisfies Record<MomentType, readonly string[]>;
export type Decision = (typeof DECISIONS_BY_MOMENT)[MomentType][number];
export const DECISIONS = [...new Set(Object.values(DECISIONS_BY_MOMENT).flat())] as Decision[];

/** Who sits at a tafel. Chain roles are filled by a user of that kind of organisation. */
export const TAFEL_ROLES = [
  'chair',
  'secretary',
  'requester',
  'raad',
  'vtt',
  'gi',
  'professional',
  'parent',
  'child',
  'confidant',
] as const;
export type TafelRole = (typeof TAFEL_ROLES)[number];

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'not_invited'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const ATTENDANCE = ['present', 'absent', 'represented_by_confidant', 'written_input'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const CHILD_HEARD = [
  'in_person',
  'via_confidant',
  'in_writing',
  'declined',
  'not_applicable',
] as const;
export type ChildHeard = (typeof CHILD_HEARD)[number];

export const PARENTS_VIEWS = ['agree', 'disagree'] as const;
export type ParentsView = (typeof PARENTS_VIEWS)[number];

/** Verzoek tot bespreking. Which fields are required depends on the moment type. */
export interface TafelRequestInput {
  caseId: string;
  momentType: MomentType;
  reason: string;
  /** What voluntary help was tried (required for toeleiding and herbespreking). */
  voluntaryHelpTried?: string;
  /** Whether a familiegroepsplan was offered (required for toeleiding). */
  familiegroepsplanOffered?: boolean;
  /** The parents' own reaction, in their words; or a reason why they could not be reached. */
  parentsReaction?: string;
  parentsUnreachableReason?: string;
  /** The parents consent to sharing their data with the tafel partners. */
  consentToShare: boolean;
}

export interface ParticipantInput {
  role: TafelRole;
  /** A professional (chair, secretary, chain partner) or an account holder. */
  userId?: string;
  /** A parent, child or network member of the case. */
  memberId?: string;
  /** Leaving a parent out of the invitation needs a reason ("ouders aan tafel, tenzij"). */
  notInvitedReason?: string;
  /** For a confidant: the participant (parent or child) they support. */
  confidantForMemberId?: string;
}

export interface TafelParticipant {
  id: string;
  role: TafelRole;
  userId: string | null;
  memberId: string | null;
  name: string;
  organisation: string | null;
  invitation: InvitationStatus;
  notInvitedReason: string | null;
  attendance: Attendance | null;
  absenceReason: string | null;
  /** Why they will not come ("Ik kom niet"): for the professionals and the participant themselves. */
  declineReason: string | null;
  /** "Ik wil graag een ander moment", with "Ik kom niet" (false for whom the reason is withheld). */
  wantsOtherMoment: boolean;
  confidantForMemberId: string | null;
}

export interface Agreement {
  id: string;
  ownerName: string;
  ownerUserId: string | null;
  ownerMemberId: string | null;
  ownerOrganisationId: string | null;
  what: string;
  dueDate: string;
  status: 'open' | 'done';
  overdue: boolean;
  /** The goal of the case's plan it serves (`PlanGoal.id`); null: none. */
  goalId: string | null;
}

export interface AgreementInput {
  ownerUserId?: string;
  ownerMemberId?: string;
  ownerOrganisationId?: string;
  what: string;
  dueDate: string;
  /** Optional: one of the goals of the case's plan as it now stands (the draft). */
  goalId?: string;
}

export interface TafelDecision {
  decision: Decision;
  /** Null where the viewer's view holds no documents. */
  rationale: string | null;
  parentsView: ParentsView;
  /** Null where the viewer's view holds no documents. */
  parentsViewText: string | null;
  /** Drang only: the herbespreking date, at most 6 months ahead. */
  conditionsDeadline: string | null;
  /** Overdracht to a GI: which GI. */
  giOrganisationId: string | null;
  decidedAt: string;
  decidedBy: string;
}

export interface DecisionInput {
  decision: Decision;
  rationale: string;
  parentsView: ParentsView;
  parentsViewText: string;
  conditionsDeadline?: string;
  giOrganisationId?: string;
  childHeard: ChildHeard;
  agreements: AgreementInput[];
}

export interface TafelSummary {
  id: string;
  caseId: string;
  caseNumber: string;
  familyName: string;
  momentType: MomentType;
  status: TafelStatus;
  requestedAt: string;
  /** For a herbespreking created by drang: the date it should be held. */
  dueDate: string | null;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  /** The request → tafel norm (working days) is broken by the scheduled date. */
  normBroken: boolean;
  openAgreements: number;
  overdueAgreements: number;
}

export interface TafelDetail extends TafelSummary {
  /** The request; `reason` is null where the viewer's view holds no documents (see `documentsWithheld`). */
  request: Omit<TafelRequestInput, 'caseId' | 'momentType' | 'reason'> & {
    reason: string | null;
    /** Who asked: the professional, or for a tafel a decision asked for, the chair who recorded it. */
    requestedBy: string;
    /**
     * The tafel whose decision asked for this one (the herbespreking of drang): "na het besluit van
     * de tafel van <heldAt>"; absent: a professional asked for it.
     */
    followsTafel?: { tafelId: string; heldAt: string };
  };
  /**
   * The tafel's texts (the request, the decision's rationale and the parents' view, reasons of others)
   * are left out of this viewer's view: a child under 16, a network member, a parent without custody
   * with the restricted view.
   */
  documentsWithheld: boolean;
  participants: TafelParticipant[];
  /**
   * Roles the moment type requires that nobody at the tafel fills yet (the chair and the secretary
   * come with the chosen slot's sitting): the tafel cannot be booked until they are added.
   */
  missingRoles: TafelRole[];
  childHeard: ChildHeard | null;
  decision: TafelDecision | null;
  agreements: Agreement[];
  cancelReason: string | null;
}

export interface SittingInput {
  chairId: string;
  secretaryId: string;
  /** ISO date-time of the first slot. */
  startsAt: string;
  /** ISO date-time when the day part ends. */
  endsAt: string;
  slotMinutes: number;
  location: string;
}

export interface Sitting {
  id: string;
  chair: string;
  chairId: string;
  secretary: string;
  secretaryId: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  location: string;
  slots: { startsAt: string; endsAt: string; tafelId: string | null }[];
}

export interface SlotProposal {
  sittingId: string;
  startsAt: string;
  endsAt: string;
  location: string;
  /** Breaks the request → tafel norm (default 10 working days). */
  normBroken: boolean;
}

export interface ScheduleInput {
  sittingId: string;
  startsAt: string;
}

export interface ScheduleResult {
  tafel: TafelDetail;
  /** Non-blocking warnings, e.g. the norm. */
  warnings: string[];
}

export interface ReasonInput {
  reason: string;
}

/** The longest reason a participant gives with "Ik kom niet". */
export const DECLINE_REASON_MAX_LENGTH = 300;

export interface RsvpInput {
  response: 'accepted' | 'declined';
  /** With "Ik kom niet" only: a short reason, plain text (optional). */
  declineReason?: string | null;
  /** With "Ik kom niet" only: the participant would like another moment. */
  wantsOtherMoment?: boolean;
}

export interface AttendanceInput {
  participantId: string;
  attendance: Attendance;
  absenceReason?: string;
}

/**
 * Which tafel roles must be filled per moment type (configurable; these are the regional defaults).
 * The RvdK sits at every moment type, as Twente seats it at all three crucial moments.
 */
export const DEFAULT_REQUIRED_ROLES: Record<MomentType, TafelRole[]> = {
  toeleiding: ['chair', 'secretary', 'requester', 'raad'],
  herbespreking: ['chair', 'secretary', 'requester', 'raad'],
  overdracht: ['chair', 'secretary', 'requester', 'raad', 'gi'],
  afschaling: ['chair', 'secretary', 'requester', 'raad', 'gi'],
};
