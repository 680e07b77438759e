import type { ChainEventType, Norm, OrganisationType } from '@tafel/shared/contracts';
import { addWorkingDays } from '@tafel/shared/util';

/** Who must act before a norm breaks: an organisation type, or the tafel (chair and secretary). */
export type NormActor = OrganisationType | 'tafel';

/** A chain norm: its clock starts at one milestone and stops at another (DOMAIN.md, Norms). */
export interface ChainNorm {
  id: string;
  label: string;
  start: ChainEventType;
  /** Only start events whose payload passes (e.g. a drang decision). */
  startWhen?: (data: Record<string, unknown>) => boolean;
  end: readonly ChainEventType[];
  horizon: Norm;
  actor: NormActor;
}

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
    startWhen: (data) => data['decision'] === 'conditional',
    end: ['tafel_held'],
    horizon: { kind: 'months', value: 6, source: 'Tafel: drang ten hoogste 6 maanden' },
    actor: 'tafel',
  },
  {
    id: 'verslag_to_parents',
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
    id: 'request_to_tafel',
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
    const starts = sorted.filter((e) => e.type === norm.start && (norm.startWhen?.(e.data) ?? true));
    const start = starts[starts.length - 1];
    if (!start) continue;
    const ended = sorted.some((e) => norm.end.includes(e.type) && e.occurredAt > start.occurredAt);
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
