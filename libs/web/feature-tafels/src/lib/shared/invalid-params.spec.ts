import { describeInvalidParams } from './invalid-params';

describe('describeInvalidParams', () => {
  it('names a missing participant role in Dutch', () => {
    expect(describeInvalidParams([{ name: 'participants', reason: 'needs a raad' }])).toEqual([
      'Nog nodig aan tafel: Raad voor de Kinderbescherming',
    ]);
  });

  it('puts the label of the field before the reason, and falls back on the field name', () => {
    expect(
      describeInvalidParams(
        [
          { name: 'reason', reason: 'must be longer' },
          { name: 'other', reason: 'is wrong' },
        ],
        { reason: 'Reden van de aanvraag' },
      ),
    ).toEqual(['Reden van de aanvraag: must be longer', 'other: is wrong']);
  });
});
