import { ChainEvent, ChainPhase } from '@tafel/shared/contracts';

export interface PhaseStep {
  on: string;
  from: ChainPhase;
  to: ChainPhase;
  /** Who recorded the milestone or decision that moved the case. */
  actor: string | null;
}

/** The case's phases, oldest first, from its phase_changed events (the chain moves them). */
export function phaseHistory(events: readonly ChainEvent[]): PhaseStep[] {
  return events
    .flatMap((e) =>
      e.type === 'phase_changed'
        ? [{ on: e.occurredAt, from: e.data.from, to: e.data.to, actor: e.actor }]
        : [],
    )
    .sort((a, b) => a.on.localeCompare(b.on));
}
