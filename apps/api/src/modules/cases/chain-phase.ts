import type { ChainEventBody, ChainPhase } from '@tafel/shared/contracts';

/**
 * The one table of how a case moves through the chain: from each phase, the phases it may move to.
 * A manual correction, a toeleiding request and a tafel's decision all go through it
 * (`CasesApi.movePhase`). A tafel can be held about a case in any open phase, so every open phase
 * takes every phase a decision leads to (signal, drang, investigation, measure, step_down); every
 * phase can close. Refused: back into `toeleiding` from an investigation or a measure (that is a new
 * tafel request, which starts from `signal`), and anything out of `closed` but reopening (`signal`).
 */
export const CHAIN_PHASE_TRANSITIONS: Readonly<Record<ChainPhase, readonly ChainPhase[]>> = {
  signal: ['toeleiding', 'drang', 'investigation', 'measure', 'step_down', 'closed'],
  toeleiding: ['signal', 'drang', 'investigation', 'measure', 'step_down', 'closed'],
  drang: ['signal', 'toeleiding', 'investigation', 'measure', 'step_down', 'closed'],
  investigation: ['signal', 'drang', 'measure', 'step_down', 'closed'],
  measure: ['signal', 'drang', 'investigation', 'step_down', 'closed'],
  step_down: ['signal', 'toeleiding', 'drang', 'investigation', 'measure', 'closed'],
  closed: ['signal'],
};

/**
 * Where a chain milestone moves the case (the same table decides whether it may): the RvdK's start
 * of the raadsonderzoek → `investigation`; the kinderrechter's ruling → `measure`; an ended measure
 * → its follow-up (`step_down` or `closed`). Every other milestone leaves the phase (null): a VTO
 * keeps the case in `toeleiding` until the RvdK starts.
 */
export function phaseAfterMilestone(event: ChainEventBody): ChainPhase | null {
  if (event.type === 'investigation_started') return 'investigation';
  if (event.type === 'court_order') return 'measure';
  if (event.type === 'measure_ended') return event.data.followUp;
  return null;
}

export function canMovePhase(from: ChainPhase, to: ChainPhase): boolean {
  return CHAIN_PHASE_TRANSITIONS[from].includes(to);
}
