import { ChainEvent } from '@tafel/shared/contracts';
import { phaseHistory } from './phase-history';

const event = (id: string, occurredAt: string, body: Pick<ChainEvent, 'type' | 'data'>): ChainEvent =>
  ({
    id,
    occurredAt,
    actor: 'Raad',
    attribution: {
      gemeente: 'Almelo',
      organisationId: null,
      actorRole: null,
      requesterType: null,
      giOrganisationId: null,
    },
    ...body,
  }) as ChainEvent;

describe('phaseHistory', () => {
  it('lists the phase changes oldest first and nothing else', () => {
    const events = [
      event('3', '2026-06-01T10:00:00Z', {
        type: 'phase_changed',
        data: { from: 'toeleiding', to: 'investigation' },
      }),
      event('2', '2026-05-01T10:00:00Z', { type: 'melding_received', data: {} }),
      event('1', '2026-04-01T10:00:00Z', {
        type: 'phase_changed',
        data: { from: 'signal', to: 'toeleiding' },
      }),
    ];
    expect(phaseHistory(events).map((s) => [s.from, s.to])).toEqual([
      ['signal', 'toeleiding'],
      ['toeleiding', 'investigation'],
    ]);
  });
});
