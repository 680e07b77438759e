import { CHAIN_PHASES, ChainPhase } from '@tafel/shared/contracts';
import { CHAIN_PHASE_TRANSITIONS, canMovePhase } from './chain-phase';

const ALLOWED: [ChainPhase, ChainPhase][] = [
  ['signal', 'toeleiding'],
  ['signal', 'drang'],
  ['signal', 'investigation'],
  ['signal', 'measure'],
  ['signal', 'closed'],
  ['toeleiding', 'signal'],
  ['toeleiding', 'drang'],
  ['toeleiding', 'investigation'],
  ['toeleiding', 'measure'],
  ['toeleiding', 'closed'],
  ['drang', 'signal'],
  ['drang', 'toeleiding'],
  ['drang', 'investigation'],
  ['drang', 'measure'],
  ['drang', 'closed'],
  ['investigation', 'signal'],
  ['investigation', 'drang'],
  ['investigation', 'measure'],
  ['investigation', 'closed'],
  ['measure', 'signal'],
  ['measure', 'step_down'],
  ['measure', 'closed'],
  ['step_down', 'signal'],
  ['step_down', 'toeleiding'],
  ['step_down', 'measure'],
  ['step_down', 'closed'],
  ['closed', 'signal'],
];

describe('the chain phase transitions', () => {
  const pairs = CHAIN_PHASES.flatMap((from) => CHAIN_PHASES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when the table lists it', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canMovePhase(from, to)).toBe(expected);
  });

  it('never lists staying in the same phase as a move', () => {
    for (const phase of CHAIN_PHASES) expect(CHAIN_PHASE_TRANSITIONS[phase]).not.toContain(phase);
  });
});
