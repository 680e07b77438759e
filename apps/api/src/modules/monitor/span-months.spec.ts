import { KeptSpan, changedKeys } from './span-months';

const at = (day: number) => new Date(Date.UTC(2031, 0, day));
const span = (over: Partial<KeptSpan> = {}): KeptSpan => ({
  metric: 'request_to_tafel',
  month: '2031-01-01',
  gemeente: 'Losser',
  gi: '',
  momentType: 'toeleiding',
  endAt: at(20),
  deadlineAt: at(25),
  duration: 19,
  ...over,
});
const monthsOf = (removed: KeptSpan[], added: KeptSpan[]) => changedKeys(removed, added).map((k) => k.month);

describe('changedKeys: which kept rows a re-derivation changes', () => {
  it('none when the case’s spans come back the same, or when only open spans changed', () => {
    expect(
      changedKeys(
        [span(), span({ endAt: null, duration: null })],
        [span(), span({ endAt: null, duration: null })],
      ),
    ).toEqual([]);
    expect(
      changedKeys(
        [span({ endAt: null, duration: null })],
        [span({ endAt: null, duration: null, deadlineAt: at(30) })],
      ),
    ).toEqual([]);
  });

  it('the key of a span that ended, of one whose duration or bucket changed, and both months of one that moved', () => {
    expect(monthsOf([span({ endAt: null, duration: null })], [span()])).toEqual(['2031-01-01']);
    expect(monthsOf([span()], [span({ duration: 19.5 })])).toEqual(['2031-01-01']);
    // The same end and duration, but a norm that changed its deadline: within → beyond.
    expect(monthsOf([span()], [span({ deadlineAt: at(10) })])).toEqual(['2031-01-01']);
    expect(monthsOf([span()], [span({ month: '2030-12-01', duration: 40 })]).sort()).toEqual([
      '2030-12-01',
      '2031-01-01',
    ]);
  });

  it('counts spans, not kinds: two equal spans where there was one change the row', () => {
    expect(monthsOf([span()], [span(), span()])).toEqual(['2031-01-01']);
  });
});
