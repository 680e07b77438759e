import { CHAIN_EVENT_TYPES } from '@tafel/shared/contracts';
import { CHAIN_EVENT_SCHEMA, assertChainEvent, chainEventProblems } from './chain-event.schema';

const ID = '0b8f5a52-7a3e-4c55-9b59-3f1f0e7a2c11';

describe('the chain event schema', () => {
  it('has a schema for every event type', () => {
    expect(Object.keys(CHAIN_EVENT_SCHEMA).sort()).toEqual([...CHAIN_EVENT_TYPES].sort());
  });

  it.each([
    { type: 'case_opened', data: { gemeente: 'Enschede' } },
    { type: 'phase_changed', data: { from: 'signal', to: 'toeleiding' } },
    { type: 'gemeente_changed', data: { from: 'Enschede', to: 'Hengelo' } },
    {
      type: 'coordinator_handed_over',
      data: { fromCoordinatorId: null, toCoordinatorId: ID, reason: 'Ziek' },
    },
    {
      type: 'tafel_requested',
      data: {
        tafelId: ID,
        momentType: 'toeleiding',
        parentsReaction: true,
        familiegroepsplanOffered: false,
        voluntaryHelpDescribed: true,
        followsTafelId: ID,
      },
    },
    {
      type: 'tafel_requested',
      data: {
        tafelId: null,
        momentType: null,
        parentsReaction: null,
        familiegroepsplanOffered: null,
        voluntaryHelpDescribed: null,
        followsTafelId: null,
      },
    },
    { type: 'tafel_rescheduled', data: { tafelId: ID, startsAt: '2026-05-01T08:00:00.000Z', reason: null } },
    {
      type: 'decision_recorded',
      data: {
        tafelId: ID,
        momentType: 'toeleiding',
        decision: 'conditional',
        childHeard: 'in_person',
        parentsView: 'agree',
        parentsPresent: true,
        parentsHeard: true,
      },
    },
    { type: 'melding_received', data: {} },
  ])('accepts a well-formed $type', (event) => {
    expect(chainEventProblems(event)).toEqual([]);
  });

  it.each([
    [{ type: 'case_opened', data: { gemeente: 'Amsterdam' } }, 'gemeente is missing or invalid'],
    [{ type: 'phase_changed', data: { from: 'signal' } }, 'to is missing or invalid'],
    [{ type: 'coordinator_assigned', data: { coordinatorId: 'me' } }, 'coordinatorId is missing or invalid'],
    [{ type: 'tafel_cancelled', data: { tafelId: ID, reason: '  ' } }, 'reason is missing or invalid'],
    [
      { type: 'tafel_scheduled', data: { tafelId: ID, startsAt: 'tomorrow' } },
      'startsAt is missing or invalid',
    ],
    [{ type: 'melding_received', data: { note: 'x' } }, 'note is not a field'],
    [{ type: 'vto_sent', data: null }, 'data is not an object'],
    [{ type: 'party', data: {} }, 'unknown type party'],
  ])('refuses %o', (event, problem) => {
    expect(chainEventProblems(event)).toContain(problem);
  });

  it('throws on write of a malformed event', () => {
    expect(() => assertChainEvent({ type: 'member_added', data: { kind: 'uncle' as 'parent' } })).toThrow(
      /Invalid member_added chain event: kind is missing or invalid/,
    );
  });
});
