import { ConfigError } from '../../config/config-error';
import {
  CHAIN_NORMS,
  TimelineEvent,
  configuredNorms,
  normsDue,
  requestToTafelNorm,
  turning18Due,
} from './norms';

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

  it('stops the drang clock only at the herbespreking, not at another tafel', () => {
    const drang = event('decision_recorded', '2031-01-06T10:00:00Z', { decision: 'conditional' });
    const other = event('tafel_held', '2031-03-03T10:00:00Z', { momentType: 'overdracht' });
    const late = at('2031-08-01T10:00:00Z');
    const drangDue = (events: TimelineEvent[]) =>
      normsDue(events, late, CHAIN_NORMS).filter((d) => d.normId === 'drang');
    expect(drangDue([drang, other])).toHaveLength(1);
    const herbespreking = event('tafel_held', '2031-06-02T10:00:00Z', { momentType: 'herbespreking' });
    expect(drangDue([drang, other, herbespreking])).toEqual([]);
  });

  it('has the request → tafel norm off unless the region configures it, labelled as without legal source', () => {
    const requested = event('tafel_requested', '2031-01-06T10:00:00Z');
    expect(normsDue([requested], at('2031-03-01T10:00:00Z'), CHAIN_NORMS)).toEqual([]);
    const norm = requestToTafelNorm(10);
    expect(requestToTafelNorm(null)).toBeNull();
    expect(norm?.label).toContain('geen wettelijke norm');
    expect(normsDue([requested], at('2031-03-01T10:00:00Z'), norm ? [norm] : [])[0]?.broken).toBe(true);
  });

  it('holds every norm of DOMAIN.md, each with a start and an end milestone and who must act', () => {
    expect(CHAIN_NORMS.map((n) => [n.id, n.start, n.end, n.actor])).toEqual([
      ['vtt_safety_assessment', 'melding_received', ['safety_assessment_done'], 'veilig_thuis'],
      ['vtt_investigation', 'vtt_investigation_started', ['vtt_investigation_finished'], 'veilig_thuis'],
      ['rvdk_start', 'vto_sent', ['investigation_started'], 'raad'],
      ['gi_jeugdbeschermer', 'court_order', ['jeugdbeschermer_assigned'], 'gi'],
      ['gi_plan_van_aanpak', 'court_order', ['plan_van_aanpak_ready'], 'gi'],
      ['gi_help_started', 'court_order', ['help_started'], 'gi'],
      ['drang', 'decision_recorded', ['tafel_held'], 'tafel'],
      ['verslag_to_parents', 'tafel_held', ['verslag_adopted'], 'tafel'],
    ]);
  });

  it('gives Veilig Thuis 10 weeks for its own investigation, stopped when it is finished', () => {
    const started = event('vtt_investigation_started', '2031-01-06T10:00:00Z');
    const due = (now: string, events = [started]) =>
      normsDue(events, at(now), CHAIN_NORMS).map((d) => [d.normId, d.actor, d.broken]);
    expect(due('2031-03-10T10:00:00Z')).toEqual([]);
    expect(due('2031-03-16T10:00:00Z')).toEqual([['vtt_investigation', 'veilig_thuis', false]]);
    expect(due('2031-03-18T10:00:00Z')).toEqual([['vtt_investigation', 'veilig_thuis', true]]);
    const finished = event('vtt_investigation_finished', '2031-03-01T10:00:00Z');
    expect(due('2031-03-18T10:00:00Z', [started, finished])).toEqual([]);
  });

  it('gives Veilig Thuis 5 working days for the safety assessment, skipping the weekend', () => {
    // Thursday 9 January 2031: due on Thursday 16th (Friday, Monday, Tuesday, Wednesday, Thursday).
    const melding = event('melding_received', '2031-01-09T09:00:00Z');
    const due = normsDue([melding], at('2031-01-15T09:00:00Z'), CHAIN_NORMS);
    expect(due.map((d) => [d.normId, d.actor, d.deadline.toISOString(), d.broken])).toEqual([
      ['vtt_safety_assessment', 'veilig_thuis', '2031-01-16T00:00:00.000Z', false],
    ]);
    expect(normsDue([melding], at('2031-01-17T09:00:00Z'), CHAIN_NORMS)[0]?.broken).toBe(true);
    const done = event('safety_assessment_done', '2031-01-14T09:00:00Z');
    expect(normsDue([melding, done], at('2031-01-17T09:00:00Z'), CHAIN_NORMS)).toEqual([]);
  });

  it("takes the region's values and switches the request → tafel norm on only when configured", () => {
    const requested = event('tafel_requested', '2031-01-06T10:00:00Z');
    const vto = event('vto_sent', '2031-03-03T09:00:00Z');
    expect(configuredNorms({}).chain.map((n) => n.id)).not.toContain('request_to_tafel');
    const region = configuredNorms({ rvdk_start: 20, request_to_tafel: 15 });
    expect(normsDue([vto], at('2031-03-13T10:00:00Z'), region.chain)).toEqual([]);
    const tafel = normsDue([requested], at('2031-03-01T10:00:00Z'), region.chain);
    expect(tafel.map((d) => [d.normId, d.broken])).toEqual([['request_to_tafel', true]]);
    expect(() => configuredNorms({ rvdk_begin: 3 })).toThrow(ConfigError);
  });

  it('is the one source of the tafel scheduling warning and the verslag due date', () => {
    expect(configuredNorms({})).toMatchObject({ requestToTafelWorkingDays: null, verslagWorkingDays: 5 });
    expect(configuredNorms({ request_to_tafel: 12, verslag_to_parents: 3 })).toMatchObject({
      requestToTafelWorkingDays: 12,
      verslagWorkingDays: 3,
    });
  });

  it('alerts the coordinator at 17½ until the child turns 18', () => {
    const months = configuredNorms({}).turning18Months;
    expect(turning18Due('2013-09-15', at('2031-03-14T12:00:00Z'), months)).toBeNull();
    expect(turning18Due('2013-09-15', at('2031-03-15T12:00:00Z'), months)).toMatchObject({
      normId: 'turning_18',
      actor: 'coordinator',
      broken: false,
      deadline: at('2031-09-15T00:00:00Z'),
    });
    expect(turning18Due('2013-09-15', at('2031-09-15T00:00:00Z'), months)).toBeNull();
  });
});
