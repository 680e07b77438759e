import {
  CHAIN_EVENT_TYPES,
  CHAIN_PHASES,
  CHILD_HEARD,
  ChainEventBody,
  ChainEventPayloads,
  ChainEventType,
  DECISIONS,
  GEMEENTEN,
  INVESTIGATION_ADVICES,
  MEASURE_FOLLOW_UPS,
  MEASURE_TYPES,
  MEMBER_KINDS,
  MOMENT_TYPES,
  PARENTS_VIEWS,
  PLAN_ANSWERS,
  PLAN_SECTIONS,
  REGIE_MODES,
} from '@tafel/shared/contracts';

type Check = (value: unknown) => boolean;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid: Check = (v) => typeof v === 'string' && UUID.test(v);
const text: Check = (v) => typeof v === 'string' && v.trim().length > 0;
const flag: Check = (v) => typeof v === 'boolean';
const instant: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const day: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && instant(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);

/** Each payload field with its check; the mapped type makes a missing or unknown field a compile error. */
type PayloadSchema = { [T in ChainEventType]: { [K in keyof ChainEventPayloads[T]]-?: Check } };

const phase = oneOf(CHAIN_PHASES);
const gemeente = oneOf(GEMEENTEN);
const moment = oneOf(MOMENT_TYPES);

export const CHAIN_EVENT_SCHEMA: PayloadSchema = {
  case_opened: { gemeente },
  member_added: { kind: oneOf(MEMBER_KINDS) },
  phase_changed: { from: phase, to: phase },
  gemeente_changed: { from: gemeente, to: gemeente },
  coordinator_assigned: { coordinatorId: uuid },
  coordinator_handed_over: { fromCoordinatorId: orNull(uuid), toCoordinatorId: uuid, reason: text },
  regie_changed: { from: oneOf(REGIE_MODES), to: oneOf(REGIE_MODES), reason: text },
  consent_changed: { memberId: uuid, sharesWithParents: flag },
  melding_received: {},
  tafel_requested: {
    tafelId: orNull(uuid),
    momentType: orNull(moment),
    parentsReaction: orNull(flag),
    familiegroepsplanOffered: orNull(flag),
    voluntaryHelpDescribed: orNull(flag),
    followsTafelId: orNull(uuid),
  },
  tafel_scheduled: { tafelId: uuid, startsAt: instant },
  tafel_rescheduled: { tafelId: uuid, startsAt: instant, reason: orNull(text) },
  tafel_cancelled: { tafelId: uuid, reason: text },
  tafel_opened: { tafelId: uuid },
  tafel_held: { tafelId: orNull(uuid), momentType: orNull(moment) },
  decision_recorded: {
    tafelId: uuid,
    momentType: moment,
    decision: oneOf(DECISIONS),
    childHeard: oneOf(CHILD_HEARD),
    parentsView: oneOf(PARENTS_VIEWS),
    parentsPresent: orNull(flag),
    parentsHeard: orNull(flag),
  },
  handover_sent: { giOrganisationId: orNull(uuid), handoverId: orNull(uuid), toOrganisationId: orNull(uuid) },
  handover_accepted: { handoverId: uuid, toOrganisationId: uuid, coordinatorId: uuid },
  handover_returned: { handoverId: uuid, toOrganisationId: uuid, reason: text },
  verslag_adopted: { tafelId: orNull(uuid) },
  vto_sent: { tafelId: orNull(uuid) },
  safety_assessment_done: {},
  vtt_investigation_started: {},
  vtt_investigation_finished: {},
  vto_received: {},
  investigation_started: {},
  investigation_finished: { advice: orNull(oneOf(INVESTIGATION_ADVICES)) },
  petition_filed: { measureType: oneOf(MEASURE_TYPES) },
  court_order: {
    measureId: orNull(uuid),
    measureType: orNull(oneOf(MEASURE_TYPES)),
    startsOn: orNull(day),
    endsOn: orNull(day),
    giOrganisationId: orNull(uuid),
  },
  jeugdbeschermer_assigned: { jeugdbeschermerId: orNull(uuid) },
  plan_van_aanpak_ready: {},
  help_started: {},
  measure_extended: { measureId: uuid, endsOn: day },
  plan_adopted: {},
  plan_published: { versionNumber: (v) => Number.isInteger(v) && (v as number) > 0 },
  plan_answered: {
    versionNumber: (v) => Number.isInteger(v) && (v as number) > 0,
    section: oneOf(PLAN_SECTIONS),
    answer: oneOf(PLAN_ANSWERS),
    memberId: uuid,
  },
  measure_ended: { reason: text, measureId: orNull(uuid), followUp: orNull(oneOf(MEASURE_FOLLOW_UPS)) },
  case_closed: {},
};

/** What is wrong with an event's payload: unknown type, missing, unknown or ill-typed fields. */
export function chainEventProblems(event: { type: string; data: unknown }): string[] {
  if (!(CHAIN_EVENT_TYPES as readonly string[]).includes(event.type)) return [`unknown type ${event.type}`];
  const schema: Record<string, Check> = CHAIN_EVENT_SCHEMA[event.type as ChainEventType];
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['data is not an object'];
  const fields = data as Record<string, unknown>;
  const problems = Object.entries(schema)
    .filter(([name, check]) => !(name in fields) || !check(fields[name]))
    .map(([name]) => `${name} is missing or invalid`);
  for (const name of Object.keys(fields)) if (!(name in schema)) problems.push(`${name} is not a field`);
  return problems;
}

/** Refuses a malformed event before it reaches the append-only timeline (a programming error: 500). */
export function assertChainEvent(event: ChainEventBody): void {
  const problems = chainEventProblems(event);
  if (problems.length) throw new Error(`Invalid ${event.type} chain event: ${problems.join('; ')}`);
}
