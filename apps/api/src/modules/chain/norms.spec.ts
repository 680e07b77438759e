import { CHAIN_NORMS, TimelineEvent, normsDue, requestToTafelNorm } from './norms';

const at = (iso: string) => new Date(iso);
const event = (
  type: TimelineEvent['type'],
  iso: string,
  data: Record<string, unknown> = {},
): TimelineEvent => ({
  type,
  occurredAt: at(iso),
  data,
});

describe('chain norms on a controllable clock', () => {
  // Monday 6 January 2031, 10:00: a court order; jeugdbeschermer due in 5 working days (Monday 13th).
  const order = event('court_order', '2031-01-06T10:00:00Z');

  it('is quiet while a norm is far from breaking', () => {
    expect(normsDue([order], at('2031-01-07T10:00:00Z'), CHAIN_NORMS)).toEqual([]);
  });

  it('warns the GI two days before the jeugdbeschermer norm breaks, and marks it broken after', () => {
    const soon = normsDue([order], at('2031-01-11T10:00:00Z'), CHAIN_NORMS);
    expect(soon.map((d) => [d.normId, d.actor, d.broken])).toEqual([['gi_jeugdbeschermer', 'gi', false]]);
    const late = normsDue([order], at('2031-01-14T10:00:00Z'), CHAIN_NORMS);
    expect(late.find((d) => d.normId === 'gi_jeugdbeschermer')?.broken).toBe(true);
  });

  it('stops the clock at the end milestone', () => {
    const assigned = event('jeugdbeschermer_assigned', '2031-01-09T10:00:00Z');
    expect(
      normsDue([order, assigned], at('2031-01-20T10:00:00Z'), CHAIN_NORMS).map((d) => d.normId),
    ).not.toContain('gi_jeugdbeschermer');
  });

  it('counts calendar days for the RvdK start and months for help started', () => {
    const vto = event('vto_sent', '2031-03-03T09:00:00Z');
    expect(normsDue([vto], at('2031-03-13T10:00:00Z'), CHAIN_NORMS)[0]).toMatchObject({
      normId: 'rvdk_start',
      broken: true,
    });
    const help = normsDue([order], at('2031-04-05T10:00:00Z'), CHAIN_NORMS).find(
      (d) => d.normId === 'gi_help_started',
    );
    expect(help?.deadline.toISOString()).toBe('2031-04-06T10:00:00.000Z');
  });

  it('starts the drang clock only at a conditional decision', () => {
    const other = event('decision_recorded', '2031-01-06T10:00:00Z', { decision: 'no_investigation' });
    expect(normsDue([other], at('2031-08-01T10:00:00Z'), CHAIN_NORMS)).toEqual([]);
    const drang = event('decision_recorded', '2031-01-06T10:00:00Z', { decision: 'conditional' });
    expect(normsDue([drang], at('2031-08-01T10:00:00Z'), CHAIN_NORMS).map((d) => d.normId)).toEqual([
      'drang',
    ]);
  });

  it('has the request → tafel norm off unless the region configures it, labelled as without legal source', () => {
    const requested = event('tafel_requested', '2031-01-06T10:00:00Z');
    expect(normsDue([requested], at('2031-03-01T10:00:00Z'), CHAIN_NORMS)).toEqual([]);
    const norm = requestToTafelNorm(10);
    expect(requestToTafelNorm(null)).toBeNull();
    expect(norm?.label).toContain('geen wettelijke norm');
    expect(normsDue([requested], at('2031-03-01T10:00:00Z'), norm ? [norm] : [])[0]?.broken).toBe(true);
  });
});
