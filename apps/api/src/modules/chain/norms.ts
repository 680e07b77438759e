import type { ChainEventType, Norm, OrganisationType } from '@tafel/shared/contracts';
import { addWorkingDays } from '@tafel/shared/util';
import { ConfigError } from '../../config/config-error';

/**
 * Who must act before a norm breaks: an organisation type, the tafel (its process is run by the case's
 * coordinator), or the case's coordinator.
 */
export type NormActor = OrganisationType | 'tafel' | 'coordinator';

/** A condition on an event's payload: in words (the metric dictionary) and as a test. */
export interface EventCondition {
  text: string;
  test: (data: Readonly<Record<string, unknown>>) => boolean;
}

/**
 * A chain norm: its clock starts at one milestone and stops at another (DOMAIN.md, Norms). The one
 * definition: the dashboards' warnings and the ketenmonitor's norm compliance both read it.
 */
export interface ChainNorm {
  id: string;
  label: string;
  start: ChainEventType;
  /** Only start events whose payload passes (e.g. a drang decision). */
  startWhen?: EventCondition;
  end: readonly ChainEventType[];
  /** Only end events whose payload passes (e.g. the herbespreking that ends drang). */
  endWhen?: EventCondition;
  horizon: Norm;
  actor: NormActor;
}

export const REQUEST_TO_TAFEL = 'request_to_tafel';
export const VERSLAG_TO_PARENTS = 'verslag_to_parents';

export const CHAIN_NORMS: readonly ChainNorm[] = [
  {
    id: 'vtt_safety_assessment',
    label: 'Veiligheidsbeoordeling Veilig Thuis ≤ 5 werkdagen na de melding',
    start: 'melding_received',
    end: ['safety_assessment_done'],
    horizon: {
      kind: 'working_days',
      value: 5,
      source: 'Veilig Thuis: veiligheidsbeoordeling binnen 5 werkdagen',
    },
    actor: 'veilig_thuis',
  },
  {
    id: 'vtt_investigation',
    label: 'Onderzoek Veilig Thuis ≤ 10 weken',
    start: 'vtt_investigation_started',
    end: ['vtt_investigation_finished'],
    horizon: { kind: 'days', value: 70, source: 'Veilig Thuis: onderzoek binnen 10 weken' },
    actor: 'veilig_thuis',
  },
  {
    id: 'rvdk_start',
    label: 'Raadsonderzoek gestart ≤ 10 dagen na het verzoek tot onderzoek',
    start: 'vto_sent',
    end: ['investigation_started'],
    horizon: { kind: 'days', value: 10, source: 'RvdK: start binnen 10 dagen na een VTO' },
    actor: 'raad',
  },
  {
    id: 'gi_jeugdbeschermer',
    label: 'Vaste jeugdbeschermer ≤ 5 werkdagen na de uitspraak',
    start: 'court_order',
    end: ['jeugdbeschermer_assigned'],
    horizon: { kind: 'working_days', value: 5, source: 'GI: vaste jeugdbeschermer binnen 5 werkdagen' },
    actor: 'gi',
  },
  {
    id: 'gi_plan_van_aanpak',
    label: 'Plan van aanpak ≤ 6 weken na de uitspraak',
    start: 'court_order',
    end: ['plan_van_aanpak_ready'],
    horizon: { kind: 'days', value: 42, source: 'GI: plan van aanpak binnen 6 weken' },
    actor: 'gi',
  },
  {
    id: 'gi_help_started',
    label: 'Passende hulp gestart ≤ 3 maanden na de uitspraak',
    start: 'court_order',
    end: ['help_started'],
    horizon: { kind: 'months', value: 3, source: 'GI: passende hulp binnen 3 maanden' },
    actor: 'gi',
  },
  {
    id: 'drang',
    label: 'Drangperiode ≤ 6 maanden, eindigend in een herbespreking',
    start: 'decision_recorded',
    startWhen: {
      text: 'decision_recorded with decision conditional (drang)',
      test: (data) => data['decision'] === 'conditional',
    },
    end: ['tafel_held'],
    endWhen: {
      text: 'tafel_held with moment type herbespreking',
      test: (data) => data['momentType'] === 'herbespreking',
    },
    horizon: { kind: 'months', value: 6, source: 'Tafel: drang ten hoogste 6 maanden' },
    actor: 'tafel',
  },
  {
    id: VERSLAG_TO_PARENTS,
    label: 'Verslag aan de ouders ≤ 5 werkdagen na de tafel',
    start: 'tafel_held',
    end: ['verslag_adopted'],
    horizon: { kind: 'working_days', value: 5, source: 'Tafel: verslag binnen 5 werkdagen' },
    actor: 'tafel',
  },
];

/**
 * The request → tafel norm: a regional setting without a legal source, so it is off unless the
 * region configures a number of working days.
 */
export function requestToTafelNorm(workingDays: number | null): ChainNorm | null {
  if (workingDays === null) return null;
  return {
    id: REQUEST_TO_TAFEL,
    label: `Tafel ≤ ${workingDays} werkdagen na de aanvraag (regionale afspraak, geen wettelijke norm)`,
    start: 'tafel_requested',
    end: ['tafel_held'],
    horizon: {
      kind: 'working_days',
      value: workingDays,
      source: 'regionale afspraak zonder wettelijke bron',
    },
    actor: 'tafel',
  };
}

/** The alert before a child turns 18 (the Jeugdwet ends): months ahead, 6 by default (17½). */
export const TURNING_18 = 'turning_18';
const TURNING_18_MONTHS = 6;

/** The norms in force: the defaults with the region's values (`TAFEL_CHAIN_NORMS`), each in its unit. */
export interface ConfiguredNorms {
  chain: ChainNorm[];
  /** Months before the 18th birthday the transition alert shows. */
  turning18Months: number;
  /** Request → tafel in working days (the scheduling warning); null: the region set none, so it is off. */
  requestToTafelWorkingDays: number | null;
  /** Tafel → verslag to the parents in working days (the verslag's due date). */
  verslagWorkingDays: number;
}

/** Applies the region's values; an unknown norm id is a configuration error (never silently ignored). */
export function configuredNorms(values: Readonly<Record<string, number>>): ConfiguredNorms {
  const known = new Set([...CHAIN_NORMS.map((n) => n.id), REQUEST_TO_TAFEL, TURNING_18]);
  const unknown = Object.keys(values).filter((id) => !known.has(id));
  if (unknown.length) throw new ConfigError(`TAFEL_CHAIN_NORMS names unknown norms: ${unknown.join(', ')}`);
  const chain = CHAIN_NORMS.map((norm) =>
    values[norm.id] === undefined ? norm : { ...norm, horizon: { ...norm.horizon, value: values[norm.id] } },
  );
  const request = requestToTafelNorm(values[REQUEST_TO_TAFEL] ?? null);
  return {
    chain: request ? [...chain, request] : chain,
    turning18Months: values[TURNING_18] ?? TURNING_18_MONTHS,
    requestToTafelWorkingDays: request?.horizon.value ?? null,
    verslagWorkingDays: (chain.find((n) => n.id === VERSLAG_TO_PARENTS) as ChainNorm).horizon.value,
  };
}

/** A child turning 18 within `months` (and not yet 18): the coordinator plans the transition. */
export function turning18Due(birthDate: string, now: Date, months: number): NormDue | null {
  const eighteen = new Date(`${birthDate}T00:00:00Z`);
  eighteen.setUTCFullYear(eighteen.getUTCFullYear() + 18);
  const alertFrom = new Date(eighteen);
  alertFrom.setUTCMonth(alertFrom.getUTCMonth() - months);
  if (now < alertFrom || now >= eighteen) return null;
  return {
    normId: TURNING_18,
    label: `Kind wordt 18: de Jeugdwet stopt, plan de overgang (signaal ${months} maanden vooraf)`,
    actor: 'coordinator',
    startedAt: alertFrom,
    deadline: eighteen,
    broken: false,
  };
}

export function deadlineOf(start: Date, horizon: Norm): Date {
  switch (horizon.kind) {
    case 'days':
      return new Date(start.getTime() + horizon.value * 86_400_000);
    case 'working_days':
      return addWorkingDays(start, horizon.value);
    case 'months': {
      const d = new Date(start);
      d.setUTCMonth(d.getUTCMonth() + horizon.value);
      return d;
    }
  }
}

export interface TimelineEvent {
  type: ChainEventType;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface NormDue {
  normId: string;
  label: string;
  actor: NormActor;
  startedAt: Date;
  deadline: Date;
  broken: boolean;
}

/**
 * The running norms of one case that break within `warnDays` or have broken: the latest start of
 * each norm with no end after it. A pure function of the timeline and the clock.
 */
export function normsDue(
  events: readonly TimelineEvent[],
  now: Date,
  norms: readonly ChainNorm[],
  warnDays = 2,
): NormDue[] {
  const sorted = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const due: NormDue[] = [];
  for (const norm of norms) {
    const starts = sorted.filter((e) => e.type === norm.start && (norm.startWhen?.test(e.data) ?? true));
    const start = starts[starts.length - 1];
    if (!start) continue;
    const ended = sorted.some(
      (e) =>
        norm.end.includes(e.type) && (norm.endWhen?.test(e.data) ?? true) && e.occurredAt > start.occurredAt,
    );
    if (ended) continue;
    const deadline = deadlineOf(start.occurredAt, norm.horizon);
    if (deadline.getTime() - now.getTime() > warnDays * 86_400_000) continue;
    due.push({
      normId: norm.id,
      label: norm.label,
      actor: norm.actor,
      startedAt: start.occurredAt,
      deadline,
      broken: deadline < now,
    });
  }
  return due;
}
