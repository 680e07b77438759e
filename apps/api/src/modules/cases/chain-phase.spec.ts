import { CHAIN_PHASES, ChainPhase } from '@tafel/shared/contracts';
import { CHAIN_PHASE_TRANSITIONS, canMovePhase } from './chain-phase';

const ALLOWED: [ChainPhase, ChainPhase][] = [
  ['signal', 'toeleiding'],
  ['signal', 'drang'],
  ['signal', 'investigation'],
  ['signal', 'measure'],
  ['signal', 'step_down'],
  ['signal', 'closed'],
  ['toeleiding', 'signal'],
  ['toeleiding', 'drang'],
  ['toeleiding', 'investigation'],
  ['toeleiding', 'measure'],
  ['toeleiding', 'step_down'],
  ['toeleiding', 'closed'],
  ['drang', 'signal'],
  ['drang', 'toeleiding'],
  ['drang', 'investigation'],
  ['drang', 'measure'],
  ['drang', 'step_down'],
  ['drang', 'closed'],
  ['investigation', 'signal'],
  ['investigation', 'drang'],
  ['investigation', 'measure'],
  ['investigation', 'step_down'],
  ['investigation', 'closed'],
  ['measure', 'signal'],
  ['measure', 'drang'],
  ['measure', 'investigation'],
  ['measure', 'step_down'],
  ['measure', 'closed'],
  ['step_down', 'signal'],
  ['step_down', 'toeleiding'],
  ['step_down', 'drang'],
  ['step_down', 'investigation'],
  ['step_down', 'measure'],
  ['step_down', 'closed'],
  ['closed', 'signal'],
];

/** Where a tafel's decision leads (outcome.service.ts); a tafel is held in every open phase. */
const DECISION_TARGETS: ChainPhase[] = ['signal', 'drang', 'investigation', 'measure', 'step_down'];

describe('the chain phase transitions', () => {
  const pairs = CHAIN_PHASES.flatMap((from) => CHAIN_PHASES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when the table lists it', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canMovePhase(from, to)).toBe(expected);
  });

  it('lets a decision move every open case wherever the decision leads', () => {
    for (const from of CHAIN_PHASES.filter((p) => p !== 'closed')) {
      for (const to of DECISION_TARGETS.filter((p) => p !== from)) expect(canMovePhase(from, to)).toBe(true);
    }
  });

  it('never lists staying in the same phase as a move', () => {
    for (const phase of CHAIN_PHASES) expect(CHAIN_PHASE_TRANSITIONS[phase]).not.toContain(phase);
  });
});
