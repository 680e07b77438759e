import { CHAIN_PHASES, CHILD_HEARD, MEASURE_END_REASONS, ORGANISATION_TYPES } from '@tafel/shared/contracts';
import type { ChainEventType, ChildHeard, Decision, Norm, SpanBucket } from '@tafel/shared/contracts';
import { CHAIN_NORMS, ChainNorm, REQUEST_TO_TAFEL } from '../chain/norms';

export type { Norm };

/**
 * The ketenmonitor's metric dictionary: the one place every metric is defined. The projection, the
 * queries and `docs/metrics.md` (written by `npm run monitor:docs`, checked by a test) all read it.
 */

/** The event as the projection sees it: its type, payload fields and attribution. */
export interface ProjectedEvent {
  type: ChainEventType;
  occurredAt: Date;
  data: Readonly<Record<string, unknown>>;
  gemeente: string;
  requesterType: string | null;
  giOrganisationId: string | null;
}

interface Label {
  nl: string;
  en: string;
}

/** Counted per event: one event adds one to the bucket it falls in (or is not counted: null). */
export interface CountMetric {
  id: string;
  kind: 'count' | 'share';
  label: Label;
  description: string;
  event: ChainEventType;
  /** Which events count, in words (the dictionary) and as the function below. */
  counts: string;
  buckets: readonly string[];
  bucket: (e: ProjectedEvent) => string | null;
  /** For a share: the buckets of the numerator; the denominator is all buckets. */
  numerator?: readonly string[];
}

/**
 * Measured per span: from the first start event to the first end event at or after it (per case,
 * or per tafel). Each span falls in one bucket: ended within the horizon, ended after it (or still
 * open past it), or still open within it; without a horizon: ended or still open (pending).
 */
export interface SpanMetric {
  id: string;
  kind: 'duration' | 'cohort_share';
  label: Label;
  description: string;
  start: readonly ChainEventType[];
  end: readonly ChainEventType[];
  /** Which start events open a span (default: all of the start types). */
  startsWhen?: { text: string; test: (e: ProjectedEvent) => boolean };
  /** Which end events end it (default: all of the end types). */
  endsWhen?: { text: string; test: (e: ProjectedEvent) => boolean };
  /** One span per case, or per tafel / per hand-over (the payload field that names it). */
  per: 'case' | 'tafelId' | 'handoverId';
  /** Per tafel or hand-over: whether the end event must be about the same one. */
  endSameSubject?: boolean;
  horizon: Norm | null;
  /** Whether the horizon is a norm (compliance is reported) or a follow-up window (cohort shares). */
  horizonIsNorm: boolean;
  /**
   * The chain norm whose clock this is: its horizon is the region's value (`TAFEL_CHAIN_NORMS`, see
   * `withNorms`); the horizon above is the default.
   */
  norm?: string;
  /** For a cohort share: which bucket is the numerator. */
  numerator?: SpanBucket;
}

/**
 * A norm timer's clock as the chain defines it (`CHAIN_NORMS`: start and end milestones, their
 * conditions, the norm): the monitor's compliance and the dashboards' warnings are one definition.
 */
function chainNorm(
  normId: string,
): Pick<SpanMetric, 'start' | 'end' | 'startsWhen' | 'endsWhen' | 'horizon' | 'horizonIsNorm' | 'norm'> {
  const norm = CHAIN_NORMS.find((n) => n.id === normId);
  if (!norm) throw new Error(`No chain norm ${normId}`);
  const { startWhen, endWhen } = norm;
  return {
    start: [norm.start],
    end: norm.end,
    ...(startWhen ? { startsWhen: { text: startWhen.text, test: (e) => startWhen.test(e.data) } } : {}),
    ...(endWhen ? { endsWhen: { text: endWhen.text, test: (e) => endWhen.test(e.data) } } : {}),
    horizon: norm.horizon,
    horizonIsNorm: true,
    norm: normId,
  };
}

/**
 * A stock: how many cases are in each bucket (an open chain phase) at the end of a period. Stored as
 * the net moves per month (an event adds 1 to the phase a case enters and −1 to the one it leaves);
 * the stock at the end of a month is the sum of all moves up to it. A quarter's or a year's stock is
 * that of its last month. Suppressed together with `flow`, whose cells make up the month-to-month
 * difference of a stock.
 */
export interface StockMetric {
  id: string;
  kind: 'stock';
  label: Label;
  description: string;
  events: readonly ChainEventType[];
  /** How the events move the stock, in words (the dictionary) and as the function below. */
  movesText: string;
  buckets: readonly string[];
  moves: (e: ProjectedEvent) => { bucket: string; n: number }[];
  flow: string;
}

export type MetricDefinition = CountMetric | SpanMetric | StockMetric;

export const isSpanMetric = (m: MetricDefinition): m is SpanMetric =>
  m.kind === 'duration' || m.kind === 'cohort_share';
export const isStockMetric = (m: MetricDefinition): m is StockMetric => m.kind === 'stock';
export const isCountMetric = (m: MetricDefinition): m is CountMetric =>
  m.kind === 'count' || m.kind === 'share';

const str = (e: ProjectedEvent, field: string): string | null => {
  const v = e.data[field];
  return typeof v === 'string' ? v : null;
};
const flag = (e: ProjectedEvent, field: string): string | null => {
  const v = e.data[field];
  return typeof v === 'boolean' ? (v ? 'yes' : 'no') : null;
};
const isToeleiding = (e: ProjectedEvent) => {
  const m = str(e, 'momentType');
  return m === 'toeleiding' || m === 'herbespreking';
};
const HEARD: readonly ChildHeard[] = ['in_person', 'via_confidant', 'in_writing'];
export const DRANG: Decision = 'conditional';
export const OUTFLOW_REASONS = MEASURE_END_REASONS;
const YES_NO = ['yes', 'no'] as const;
/** The phases a case is in while the chain holds it (`closed` is uitstroom, not stock). */
const OPEN_PHASES = CHAIN_PHASES.filter((p) => p !== 'closed');
const phase = (e: ProjectedEvent, field: string): string | null => {
  const v = str(e, field);
  return v !== null && (OPEN_PHASES as readonly string[]).includes(v) ? v : null;
};

const AMSTERDAM = 'Europe/Amsterdam (calendar month of the event in Dutch time)';
export const PERIOD_RULE = AMSTERDAM;

/** The figures of a duration: the median and the P90 of the ended spans of a group. */
export const DURATION_PERCENTILES = { median: 0.5, p90: 0.9 } as const;
export const PERCENTILE_RULE = `the continuous percentile p of the n ended spans of the group: their durations in ascending order, the one at position p × (n − 1) (counted from 0), or — between two positions — the lower duration plus the fraction past it times the difference to the next (PostgreSQL's \`percentile_cont\`, in double precision); median p = ${DURATION_PERCENTILES.median}, P90 p = ${DURATION_PERCENTILES.p90}`;

/**
 * The continuous percentile `p` of ascending durations (`PERCENTILE_RULE`), computed as PostgreSQL's
 * `percentile_cont` does (the same positions and interpolation in float8: the same number to the last bit).
 */
export function percentileCont(ascending: ArrayLike<number>, p: number): number {
  const at = p * (ascending.length - 1);
  const first = Math.floor(at);
  const second = Math.ceil(at);
  const lo = ascending[first] as number;
  return second === first ? lo : lo + (at - first) * ((ascending[second] as number) - lo);
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'inflow',
    kind: 'count',
    label: { nl: 'Instroom: verzoeken tot bespreking', en: 'Inflow: tafel requests' },
    description:
      "Requests for a tafel, by the organisation type of the requester; a tafel asked for by another tafel's decision (the herbespreking of drang) is its own bucket.",
    event: 'tafel_requested',
    counts:
      'every tafel_requested event; bucket = decision when it follows a tafel, else requester type (unknown for imported history)',
    buckets: [...ORGANISATION_TYPES, 'decision', 'unknown'],
    bucket: (e) => (e.data['followsTafelId'] ? 'decision' : (e.requesterType ?? 'unknown')),
  },
  {
    id: 'outcome',
    kind: 'count',
    label: { nl: 'Uitkomst van de tafel', en: 'Outcome of the tafel' },
    description: 'Decisions of toeleiding and herbespreking tafels: no investigation, drang, VTO.',
    event: 'decision_recorded',
    counts: 'decision_recorded with moment type toeleiding or herbespreking; bucket = decision',
    buckets: ['no_investigation', 'conditional', 'request_investigation'],
    bucket: (e) => (isToeleiding(e) ? str(e, 'decision') : null),
  },
  {
    id: 'transitions',
    kind: 'count',
    label: { nl: 'Doorstroom: faseovergangen', en: 'Flow: phase transitions' },
    description: 'Moves of a case from one chain phase to the next (doorstroom).',
    event: 'phase_changed',
    counts: 'every phase_changed event; bucket = "from>to"',
    buckets: [],
    bucket: (e) => `${str(e, 'from')}>${str(e, 'to')}`,
  },
  {
    id: 'stock',
    kind: 'stock',
    label: { nl: 'Voorraad per fase', en: 'Stock per phase' },
    description: 'Open cases in each chain phase at the end of the period (closed cases are not stock).',
    events: ['case_opened', 'phase_changed'],
    movesText:
      'case_opened: +1 in signal (a new case starts there); phase_changed: −1 in its from phase, +1 in its to phase (closed is left out)',
    buckets: OPEN_PHASES,
    moves: (e) => {
      if (e.type === 'case_opened') return [{ bucket: 'signal', n: 1 }];
      const from = phase(e, 'from');
      const to = phase(e, 'to');
      return [...(from ? [{ bucket: from, n: -1 }] : []), ...(to ? [{ bucket: to, n: 1 }] : [])];
    },
    flow: 'transitions',
  },
  {
    id: 'outflow',
    kind: 'count',
    label: { nl: 'Uitstroom naar reden', en: 'Outflow by reason' },
    description: 'Measures ended, by reason (uitstroom).',
    event: 'measure_ended',
    counts: 'every measure_ended event; bucket = its reason when it is a known reason, else other',
    buckets: OUTFLOW_REASONS,
    bucket: (e) => {
      const reason = str(e, 'reason');
      return (OUTFLOW_REASONS as readonly string[]).includes(reason ?? '') ? reason : 'other';
    },
  },
  {
    id: 'child_heard',
    kind: 'share',
    label: { nl: 'Kind gehoord (en hoe)', en: 'Child heard (and how)' },
    description: 'Toeleiding decisions where the child was heard: in person, via a confidant or in writing.',
    event: 'decision_recorded',
    counts:
      'decision_recorded with moment type toeleiding or herbespreking; bucket = how the child was heard',
    buckets: CHILD_HEARD,
    bucket: (e) => (isToeleiding(e) ? str(e, 'childHeard') : null),
    numerator: HEARD,
  },
  {
    id: 'parents_present',
    kind: 'share',
    label: { nl: 'Ouders aan tafel', en: 'Parents present at the tafel' },
    description: 'Tafels (toeleiding, herbespreking) with at least one parent present.',
    event: 'decision_recorded',
    counts:
      'decision_recorded with moment type toeleiding or herbespreking that says whether a parent was present',
    buckets: YES_NO,
    bucket: (e) => (isToeleiding(e) ? flag(e, 'parentsPresent') : null),
    numerator: ['yes'],
  },
  {
    id: 'parents_reaction',
    kind: 'share',
    label: { nl: 'Reactie ouders in het verzoek', en: "Parents' reaction in the request" },
    description: "Toeleiding requests that hold the parents' own reaction.",
    event: 'tafel_requested',
    counts: 'tafel_requested with moment type toeleiding that says whether the reaction is there',
    buckets: YES_NO,
    bucket: (e) => (str(e, 'momentType') === 'toeleiding' ? flag(e, 'parentsReaction') : null),
    numerator: ['yes'],
  },
  {
    id: 'familiegroepsplan_offered',
    kind: 'share',
    label: { nl: 'Familiegroepsplan aangeboden', en: 'Familiegroepsplan offered' },
    description: 'Toeleiding requests where a familiegroepsplan was offered.',
    event: 'tafel_requested',
    counts: 'tafel_requested with moment type toeleiding that says whether it was offered',
    buckets: YES_NO,
    bucket: (e) => (str(e, 'momentType') === 'toeleiding' ? flag(e, 'familiegroepsplanOffered') : null),
    numerator: ['yes'],
  },
  {
    id: 'voluntary_help_described',
    kind: 'share',
    label: { nl: 'Vrijwillige hulp beschreven', en: 'Voluntary help described' },
    description: 'Toeleiding requests that describe the voluntary help tried.',
    event: 'tafel_requested',
    counts: 'tafel_requested with moment type toeleiding that says whether it is described',
    buckets: YES_NO,
    bucket: (e) => (str(e, 'momentType') === 'toeleiding' ? flag(e, 'voluntaryHelpDescribed') : null),
    numerator: ['yes'],
  },
  {
    id: 'drang_without_hearing',
    kind: 'count',
    label: {
      nl: 'Drangbesluiten zonder het gezin te horen',
      en: 'Drang decisions without hearing the family',
    },
    description:
      'Drang decisions taken without the parents heard (not present, no confidant, nothing in writing) and without the child heard.',
    event: 'decision_recorded',
    counts:
      'decision_recorded with decision conditional (drang), parentsHeard false and the child not heard (declined or not applicable)',
    buckets: ['without_hearing'],
    bucket: (e) =>
      str(e, 'decision') === DRANG &&
      flag(e, 'parentsHeard') === 'no' &&
      !HEARD.includes(str(e, 'childHeard') as ChildHeard)
        ? 'without_hearing'
        : null,
  },
  {
    id: 'request_to_tafel',
    kind: 'duration',
    label: { nl: 'Doorlooptijd verzoek → tafel', en: 'Lead time request → tafel' },
    description: 'Days from the request for a tafel to the tafel being held.',
    start: ['tafel_requested'],
    end: ['tafel_held'],
    per: 'tafelId',
    endSameSubject: true,
    // A norm only when the region sets one (`request_to_tafel` in TAFEL_CHAIN_NORMS).
    horizon: null,
    horizonIsNorm: false,
    norm: REQUEST_TO_TAFEL,
  },
  {
    id: 'tafel_to_verslag',
    kind: 'duration',
    label: { nl: 'Doorlooptijd tafel → verslag', en: 'Lead time tafel → verslag' },
    description: 'Working days from the tafel to its verslag being adopted and sent to the parents.',
    ...chainNorm('verslag_to_parents'),
    per: 'tafelId',
    endSameSubject: true,
  },
  {
    id: 'vto_to_investigation',
    kind: 'duration',
    label: { nl: 'Wachttijd Raad (VTO → start onderzoek)', en: 'RvdK waiting time (VTO → investigation)' },
    description: 'Days from the request for an investigation (VTO) to the investigation starting.',
    ...chainNorm('rvdk_start'),
    per: 'case',
  },
  {
    id: 'order_to_jeugdbeschermer',
    kind: 'duration',
    label: {
      nl: 'Wachttijd GI (uitspraak → vaste jeugdbeschermer)',
      en: 'GI waiting time (order → jeugdbeschermer)',
    },
    description: 'Working days from the court order to a fixed jeugdbeschermer.',
    ...chainNorm('gi_jeugdbeschermer'),
    per: 'case',
  },
  {
    id: 'order_to_plan',
    kind: 'duration',
    label: { nl: 'Uitspraak → plan van aanpak', en: 'Order → plan van aanpak' },
    description: "Days from the court order to the GI's plan van aanpak being ready.",
    ...chainNorm('gi_plan_van_aanpak'),
    per: 'case',
  },
  {
    id: 'order_to_help',
    kind: 'duration',
    label: { nl: 'Uitspraak → hulp gestart', en: 'Order → help started' },
    description: 'Days from the court order to suitable help having started.',
    ...chainNorm('gi_help_started'),
    per: 'case',
  },
  {
    id: 'melding_to_safety_assessment',
    kind: 'duration',
    label: { nl: 'Melding → veiligheidsbeoordeling', en: 'Melding → safety assessment' },
    description: 'Working days from a melding at Veilig Thuis to its safety assessment.',
    ...chainNorm('vtt_safety_assessment'),
    per: 'case',
  },
  {
    id: 'vtt_investigation',
    kind: 'duration',
    label: {
      nl: 'Onderzoek Veilig Thuis (start → afgerond)',
      en: 'VTT investigation (started → finished)',
    },
    description: 'Days from Veilig Thuis starting its investigation to finishing it.',
    ...chainNorm('vtt_investigation'),
    per: 'case',
  },
  {
    id: 'drang_period',
    kind: 'duration',
    label: { nl: 'Drangperiode (besluit → herbespreking)', en: 'Drang period (decision → herbespreking)' },
    description: 'Days from a drang decision to the herbespreking that ends the drang period.',
    ...chainNorm('drang'),
    per: 'tafelId',
  },
  {
    id: 'ketenwacht',
    kind: 'duration',
    label: {
      nl: 'Ketenwacht (overdracht verstuurd → geaccepteerd of teruggestuurd)',
      en: 'Chain wait (hand-over sent → accepted or returned)',
    },
    description:
      'Days a case waits between organisations: from a hand-over being sent until the receiving organisation accepts it or returns it.',
    start: ['handover_sent'],
    end: ['handover_accepted', 'handover_returned'],
    per: 'handoverId',
    endSameSubject: true,
    horizon: null,
    horizonIsNorm: false,
  },
  {
    id: 'drang_success_6',
    kind: 'cohort_share',
    label: { nl: 'Drang geslaagd (6 maanden)', en: 'Drang success (6 months)' },
    description: 'Drang decisions not followed by a VTO within 6 months.',
    start: ['decision_recorded'],
    end: ['vto_sent'],
    startsWhen: {
      text: 'decision_recorded with decision conditional (drang)',
      test: (e) => str(e, 'decision') === DRANG,
    },
    per: 'tafelId',
    horizon: { kind: 'months', value: 6, source: 'DOMAIN: drang success at 6 months' },
    horizonIsNorm: false,
    numerator: 'beyond',
  },
  {
    id: 'drang_success_12',
    kind: 'cohort_share',
    label: { nl: 'Drang geslaagd (12 maanden)', en: 'Drang success (12 months)' },
    description: 'Drang decisions not followed by a VTO within 12 months.',
    start: ['decision_recorded'],
    end: ['vto_sent'],
    startsWhen: {
      text: 'decision_recorded with decision conditional (drang)',
      test: (e) => str(e, 'decision') === DRANG,
    },
    per: 'tafelId',
    horizon: { kind: 'months', value: 12, source: 'DOMAIN: drang success at 12 months' },
    horizonIsNorm: false,
    numerator: 'beyond',
  },
  {
    id: 'relapse_12',
    kind: 'cohort_share',
    label: { nl: 'Terugval binnen 12 maanden', en: 'Relapse within 12 months' },
    description: 'Ended measures followed by a new tafel request or court order within 12 months.',
    start: ['measure_ended'],
    end: ['tafel_requested', 'court_order'],
    per: 'case',
    horizon: { kind: 'months', value: 12, source: 'DOMAIN: relapse within 12 months' },
    horizonIsNorm: false,
    numerator: 'within',
  },
  {
    id: 'relapse_24',
    kind: 'cohort_share',
    label: { nl: 'Terugval binnen 24 maanden', en: 'Relapse within 24 months' },
    description: 'Ended measures followed by a new tafel request or court order within 24 months.',
    start: ['measure_ended'],
    end: ['tafel_requested', 'court_order'],
    per: 'case',
    horizon: { kind: 'months', value: 24, source: 'DOMAIN: relapse within 24 months' },
    horizonIsNorm: false,
    numerator: 'within',
  },
];

/** The flow through the chain as the dashboard shows it: instroom → voorraad and doorstroom → uitstroom. */
export const FLOW_METRICS = ['inflow', 'stock', 'transitions', 'outflow'] as const;
export const COUNT_METRICS = METRICS.filter(isCountMetric);
export const SPAN_METRICS = METRICS.filter(isSpanMetric);
export const STOCK_METRICS = METRICS.filter(isStockMetric);

/**
 * The metrics with the norms in force (`configuredNorms(config.chainNorms).chain`: the defaults with the
 * region's values): a norm timer takes its norm's horizon; one whose norm is off (request → tafel when
 * the region sets none) keeps no horizon. The same norms the chain's dashboards warn with.
 */
export function withNorms(norms: readonly ChainNorm[]): MetricDefinition[] {
  return METRICS.map((m) => {
    if (!isSpanMetric(m) || m.norm === undefined) return m;
    const norm = norms.find((n) => n.id === m.norm);
    return norm
      ? { ...m, horizon: norm.horizon, horizonIsNorm: true }
      : { ...m, horizon: null, horizonIsNorm: false };
  });
}

/** Under which id a metric's suppressed table is kept: a flow is suppressed, and kept, with its stock. */
export const tableKeyOf = (id: string): string => STOCK_METRICS.find((m) => m.flow === id)?.id ?? id;

/** The count and stock metrics an event of this type can change. */
export const countMetricsOf = (type: ChainEventType): string[] => [
  ...COUNT_METRICS.filter((m) => m.event === type).map((m) => m.id),
  ...STOCK_METRICS.filter((m) => m.events.includes(type)).map((m) => m.id),
];
/** The event types a span metric reads; recording one of these re-derives the case's spans. */
export const SPAN_EVENT_TYPES = [...new Set(SPAN_METRICS.flatMap((m) => [...m.start, ...m.end]))];

/** The buckets of a metric, in order (transitions: whatever occurs). */
export const bucketsOf = (m: MetricDefinition): readonly string[] => {
  if (!isSpanMetric(m)) return m.buckets;
  return m.horizon ? ['within', 'beyond', 'pending'] : ['ended', 'pending'];
};
