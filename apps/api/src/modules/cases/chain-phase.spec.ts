import { CHAIN_PHASES, ChainEventBody, ChainPhase } from '@tafel/shared/contracts';
import { CHAIN_PHASE_TRANSITIONS, canMovePhase, phaseAfterMilestone } from './chain-phase';

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

/**
 * Where a tafel's decision leads (outcome.service.ts); a tafel is held in every open phase. A VTO
 * (request_investigation) keeps the case in toeleiding: that decision is taken before any investigation.
 */
const DECISION_TARGETS: ChainPhase[] = ['signal', 'drang', 'step_down'];
const BEFORE_INVESTIGATION: ChainPhase[] = ['signal', 'drang', 'step_down'];

/** Where each milestone leads; the RvdK, the court and the GI move the chain, not the tafel. */
const MILESTONE_TARGETS: [ChainEventBody, ChainPhase | null][] = [
  [{ type: 'vto_sent', data: { tafelId: null } }, null],
  [{ type: 'vto_received', data: {} }, null],
  [{ type: 'investigation_started', data: {} }, 'investigation'],
  [{ type: 'investigation_finished', data: { advice: 'request_measure' } }, null],
  [{ type: 'petition_filed', data: { measureType: 'ots' } }, null],
  [
    {
      type: 'court_order',
      data: { measureId: null, measureType: 'ots', startsOn: null, endsOn: null, giOrganisationId: null },
    },
    'measure',
  ],
  [
    { type: 'handover_sent', data: { giOrganisationId: null, handoverId: null, toOrganisationId: null } },
    null,
  ],
  [{ type: 'jeugdbeschermer_assigned', data: { jeugdbeschermerId: null } }, null],
  [{ type: 'measure_extended', data: { measureId: '0', endsOn: '2030-01-01' } }, null],
  [
    { type: 'measure_ended', data: { reason: 'afschaling', measureId: null, followUp: 'step_down' } },
    'step_down',
  ],
  [{ type: 'measure_ended', data: { reason: 'age_18', measureId: null, followUp: 'closed' } }, 'closed'],
];

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

  it('lets a VTO decision move a case that is not yet investigated into toeleiding', () => {
    for (const from of BEFORE_INVESTIGATION) expect(canMovePhase(from, 'toeleiding')).toBe(true);
  });

  it.each(MILESTONE_TARGETS)('a %j milestone leads to %s', (event, to) => {
    expect(phaseAfterMilestone(event)).toBe(to);
  });

  it('lets each milestone take the case from the phase it follows', () => {
    expect(canMovePhase('toeleiding', 'investigation')).toBe(true);
    expect(canMovePhase('investigation', 'measure')).toBe(true);
    expect(canMovePhase('measure', 'step_down')).toBe(true);
    expect(canMovePhase('measure', 'closed')).toBe(true);
  });

  it('never lists staying in the same phase as a move', () => {
    for (const phase of CHAIN_PHASES) expect(CHAIN_PHASE_TRANSITIONS[phase]).not.toContain(phase);
  });
});
