import type { ChainPhase } from './case';
import type { ChainEventType } from './chain-event';
import type { Gemeente, OrganisationType } from './organisation';
import type { MomentType } from './tafel';

/** The kinderrechter's measures (DOMAIN.md): OTS, VOTS, gezagsbeëindigende maatregel (voogdij), machtiging uithuisplaatsing. */
export const MEASURE_TYPES = ['ots', 'vots', 'voogdij', 'machtiging_uhp'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** The longest period the court can order at once, in months; null: no legal maximum per period. */
export const MEASURE_MAX_MONTHS: Readonly<Record<MeasureType, number | null>> = {
  ots: 12,
  vots: 3,
  voogdij: null,
  machtiging_uhp: 12,
};

/** The RvdK's advice at the end of a raadsonderzoek. */
export const INVESTIGATION_ADVICES = ['request_measure', 'no_measure'] as const;
export type InvestigationAdvice = (typeof INVESTIGATION_ADVICES)[number];

/** Why a measure ended (the monitor's uitstroom buckets). */
export const MEASURE_END_REASONS = ['afschaling', 'end_of_measure', 'age_18', 'moved', 'other'] as const;
export type MeasureEndReason = (typeof MEASURE_END_REASONS)[number];

/** Where a case goes after a measure ended: back to the wijkteam (afschaling) or closed. */
export const MEASURE_FOLLOW_UPS = ['step_down', 'closed'] as const satisfies readonly ChainPhase[];
export type MeasureFollowUp = (typeof MEASURE_FOLLOW_UPS)[number];

/**
 * The milestones of the chain after (and before) the tafel, each recorded by the organisation that
 * owns it (`MILESTONE_OWNERS`), and each a chain event type (checked by the compiler). A court ruling is entered by the RvdK or the GI.
 */
export const MILESTONE_TYPES = [
  'melding_received',
  'safety_assessment_done',
  'vtt_investigation_started',
  'vtt_investigation_finished',
  'vto_received',
  'investigation_started',
  'investigation_finished',
  'petition_filed',
  'court_order',
  'jeugdbeschermer_assigned',
  'plan_van_aanpak_ready',
  'help_started',
  'measure_extended',
  'measure_ended',
] as const satisfies readonly ChainEventType[];
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

export const MILESTONE_OWNERS: Readonly<Record<MilestoneType, readonly OrganisationType[]>> = {
  melding_received: ['veilig_thuis'],
  safety_assessment_done: ['veilig_thuis'],
  vtt_investigation_started: ['veilig_thuis'],
  vtt_investigation_finished: ['veilig_thuis'],
  vto_received: ['raad'],
  investigation_started: ['raad'],
  investigation_finished: ['raad'],
  petition_filed: ['raad'],
  court_order: ['raad', 'gi'],
  jeugdbeschermer_assigned: ['gi'],
  plan_van_aanpak_ready: ['gi'],
  help_started: ['gi'],
  measure_extended: ['gi'],
  measure_ended: ['gi'],
};

/** A milestone as it is recorded (`POST /cases/:id/milestones`); `occurredOn` is its real date (YYYY-MM-DD). */
export interface RecordMilestoneRequest {
  type: MilestoneType;
  occurredOn: string;
  /** investigation_finished */
  advice?: InvestigationAdvice;
  /** petition_filed, court_order */
  measureType?: MeasureType;
  /** court_order: the child the measure is about */
  memberId?: string;
  /** court_order: months ordered (OTS ≤ 12, VOTS ≤ 3) */
  durationMonths?: number;
  /** court_order: the GI that carries out the measure */
  giOrganisationId?: string;
  /** jeugdbeschermer_assigned: the GI worker */
  jeugdbeschermerId?: string;
  /** measure_extended, measure_ended: which measure */
  measureId?: string;
  /** measure_extended: the new end date (YYYY-MM-DD) */
  endsOn?: string;
  /** measure_ended */
  reason?: MeasureEndReason;
  followUp?: MeasureFollowUp;
}

/** One court measure for one child. */
export interface Measure {
  id: string;
  caseId: string;
  memberId: string;
  type: MeasureType;
  courtDate: string;
  startsOn: string;
  endsOn: string | null;
  giOrganisationId: string | null;
  /** The GI's name (resolved on the server). */
  giOrganisationName: string | null;
  jeugdbeschermerId: string | null;
  /** The jeugdbeschermer's display name (resolved on the server). */
  jeugdbeschermerName: string | null;
  extensions: { on: string; endsOn: string }[];
  endedOn: string | null;
  endReason: MeasureEndReason | null;
}

/** A measure that ends within three months: the coordinator may request an afschaling tafel. */
export interface MeasureEndingSoon {
  measureId: string;
  caseId: string;
  caseNumber: string;
  type: MeasureType;
  endsOn: string;
}

export const HANDOVER_STATUSES = ['sent', 'accepted', 'returned'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** An overdracht from one organisation to another; until accepted, the sender keeps regie. */
export interface Handover {
  id: string;
  caseId: string;
  caseNumber: string;
  fromOrganisationId: string | null;
  toOrganisationId: string;
  toOrganisationName: string;
  status: HandoverStatus;
  sentAt: string;
  decidedAt: string | null;
  /** Why it was returned. */
  reason: string | null;
  /**
   * What the receiving organisation needs to decide (only to that organisation and the sender):
   * the family, who sent it and why — the tafel decision it follows, or null when the coordinator
   * sent it without one.
   */
  details: HandoverDetails;
}

export interface HandoverDetails {
  familyName: string;
  gemeente: Gemeente;
  sentByName: string;
  fromOrganisationName: string | null;
  /** The decision of the tafel that sent it (`handover_to_gi`): its moment and the day it was held. */
  tafel: { momentType: MomentType; heldOn: string } | null;
}

export interface SendHandoverRequest {
  toOrganisationId: string;
}
export interface AcceptHandoverRequest {
  /** The receiving organisation's user who takes the coordinator role (a GI jeugdbeschermer may hold regie). */
  coordinatorId: string;
}
export interface ReturnHandoverRequest {
  reason: string;
}

/** A chain norm about to break (or broken) on one case, for whoever must act (`GET /norms/due`). */
export interface NormDueItem {
  caseId: string;
  caseNumber: string;
  normId: string;
  label: string;
  deadline: string;
  broken: boolean;
}
