import type { ChainPhase } from '@tafel/shared/contracts';

/**
 * The one table of how a case moves through the chain: from each phase, the phases it may move to.
 * A manual correction, a toeleiding request and a tafel's decision all go through it
 * (`CasesApi.movePhase`). Every phase can close, and can go back to voluntary help (`signal`).
 * `signal → measure` is the urgent route (a VOTS without a tafel first).
 */
export const CHAIN_PHASE_TRANSITIONS: Readonly<Record<ChainPhase, readonly ChainPhase[]>> = {
  signal: ['toeleiding', 'drang', 'investigation', 'measure', 'closed'],
  toeleiding: ['signal', 'drang', 'investigation', 'measure', 'closed'],
  drang: ['signal', 'toeleiding', 'investigation', 'measure', 'closed'],
  investigation: ['signal', 'drang', 'measure', 'closed'],
  measure: ['signal', 'step_down', 'closed'],
  step_down: ['signal', 'toeleiding', 'measure', 'closed'],
  closed: ['signal'],
};

export function canMovePhase(from: ChainPhase, to: ChainPhase): boolean {
  return CHAIN_PHASE_TRANSITIONS[from].includes(to);
}
