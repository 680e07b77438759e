import { ProjectedEvent, SPAN_METRICS, SpanMetric } from './metric-definitions';
import { addWorkingDays, monthOf, workingDaysBetween } from './periods';
import { countDeltas, spansOf } from './projection';

const ev = (
  type: ProjectedEvent['type'],
  iso: string,
  data: Record<string, unknown> = {},
): ProjectedEvent => ({
  type,
  occurredAt: new Date(iso),
  data,
  gemeente: 'Almelo',
  requesterType: null,
  giOrganisationId: null,
});
const metric = (id: string) => SPAN_METRICS.find((m) => m.id === id) as SpanMetric;

describe('periods', () => {
  it('cuts months in Dutch time: 23:30 UTC on 31 January is 1 February in Almelo', () => {
    expect(monthOf(new Date('2031-01-31T23:30:00Z'))).toBe('2031-02-01');
    expect(monthOf(new Date('2031-01-31T22:30:00Z'))).toBe('2031-01-01');
  });

  it('counts working days Monday to Friday after the start date up to the end date', () => {
    // Friday 7 March 2031 → Thursday 13 March: Mon, Tue, Wed, Thu.
    expect(workingDaysBetween(new Date('2031-03-07T10:00:00Z'), new Date('2031-03-13T10:00:00Z'))).toBe(4);
    expect(addWorkingDays(new Date('2031-03-07T10:00:00Z'), 5).toISOString()).toBe(
      '2031-03-14T10:00:00.000Z',
    );
  });
});

describe('spans', () => {
  it('runs from the first start to the first end at or after it; an earlier end does not count', () => {
    const [span] = spansOf(metric('vto_to_investigation'), [
      ev('investigation_started', '2031-01-01T10:00:00Z'),
      ev('vto_sent', '2031-02-03T10:00:00Z', { tafelId: null }),
      ev('vto_sent', '2031-02-05T10:00:00Z', { tafelId: null }),
      ev('investigation_started', '2031-02-17T10:00:00Z'),
    ]);
    expect(span).toMatchObject({ subject: '', month: '2031-02-01', duration: 14 });
    expect(span?.deadlineAt?.toISOString()).toBe('2031-02-13T10:00:00.000Z');
  });

  it('keeps one span per tafel, ends only with the same tafel, and stays open (null) without an end', () => {
    const a = '00000000-0000-4000-8000-00000000000a';
    const b = '00000000-0000-4000-8000-00000000000b';
    const spans = spansOf(metric('request_to_tafel'), [
      ev('tafel_requested', '2031-01-06T09:00:00Z', { tafelId: a, momentType: 'toeleiding' }),
      ev('tafel_requested', '2031-01-07T09:00:00Z', { tafelId: b, momentType: 'overdracht' }),
      ev('tafel_held', '2031-01-13T09:00:00Z', { tafelId: b, momentType: 'overdracht' }),
    ]);
    expect(spans.map((s) => [s.subject, s.momentType, s.duration])).toEqual([
      [a, 'toeleiding', null],
      [b, 'overdracht', 6],
    ]);
  });

  it('opens a drang span only for a drang decision', () => {
    const decided = (decision: string) =>
      ev('decision_recorded', '2031-01-06T09:00:00Z', { tafelId: 'x', momentType: 'toeleiding', decision });
    expect(spansOf(metric('drang_success_6'), [decided('no_investigation')])).toEqual([]);
    expect(spansOf(metric('drang_success_6'), [decided('conditional')])).toHaveLength(1);
  });
});

describe('counts', () => {
  it("counts a request by its requester's organisation type, and one that a tafel's decision made as such", () => {
    const requested = (followsTafelId: string | null) => ({
      ...ev('tafel_requested', '2031-01-06T09:00:00Z', {
        tafelId: 'y',
        momentType: 'herbespreking',
        followsTafelId,
      }),
      requesterType: 'other' as const,
    });
    const inflow = (e: ProjectedEvent) => countDeltas(e).find((d) => d.metric === 'inflow')?.bucket;
    expect(inflow(requested(null))).toBe('other');
    expect(inflow(requested('x'))).toBe('decision');
  });

  it('counts an overdracht decision in no toeleiding share, and a toeleiding one in each it belongs to', () => {
    const data = { tafelId: 'x', decision: 'conditional', childHeard: 'declined', parentsView: 'agree' };
    expect(
      countDeltas(ev('decision_recorded', '2031-01-06T09:00:00Z', { ...data, momentType: 'overdracht' })),
    ).toEqual([]);
    const deltas = countDeltas(
      ev('decision_recorded', '2031-01-06T09:00:00Z', { ...data, momentType: 'toeleiding' }),
    );
    expect(deltas.map((d) => `${d.metric}:${d.bucket}`)).toEqual([
      'outcome:conditional',
      'child_heard:declined',
    ]);
  });
});

describe('stock moves', () => {
  it('a new case enters signal; a phase move leaves one phase and enters the next; closed is no stock', () => {
    const moves = (e: ProjectedEvent) =>
      countDeltas(e)
        .filter((d) => d.metric === 'stock')
        .map((d) => `${d.bucket}:${d.n}:${d.gi}:${d.momentType}`);
    expect(moves(ev('case_opened', '2031-01-06T09:00:00Z', { gemeente: 'Almelo' }))).toEqual(['signal:1::']);
    expect(moves(ev('phase_changed', '2031-01-06T09:00:00Z', { from: 'toeleiding', to: 'drang' }))).toEqual([
      'toeleiding:-1::',
      'drang:1::',
    ]);
    expect(moves(ev('phase_changed', '2031-01-06T09:00:00Z', { from: 'measure', to: 'closed' }))).toEqual([
      'measure:-1::',
    ]);
    expect(moves(ev('phase_changed', '2031-01-06T09:00:00Z', { from: 'closed', to: 'signal' }))).toEqual([
      'signal:1::',
    ]);
  });
});

describe('the timers that end in a later chain step', () => {
  it('drang runs from the drang decision to a herbespreking held, not to the tafel of the decision itself', () => {
    const spans = spansOf(metric('drang_period'), [
      ev('tafel_held', '2031-01-06T09:00:00Z', { tafelId: 'x', momentType: 'toeleiding' }),
      ev('decision_recorded', '2031-01-06T09:00:00Z', {
        tafelId: 'x',
        momentType: 'toeleiding',
        decision: 'conditional',
      }),
      ev('tafel_held', '2031-02-06T09:00:00Z', { tafelId: 'y', momentType: 'overdracht' }),
      ev('tafel_held', '2031-06-06T08:00:00Z', { tafelId: 'z', momentType: 'herbespreking' }),
    ]);
    expect(spans.map((s) => [s.subject, s.duration, s.deadlineAt?.toISOString()])).toEqual([
      ['x', 150.96, '2031-07-06T09:00:00.000Z'],
    ]);
  });

  it("the VTT investigation runs from Veilig Thuis starting it to finishing it (the chain's norm)", () => {
    const [finished] = spansOf(metric('vtt_investigation'), [
      ev('melding_received', '2031-01-06T09:00:00Z'),
      ev('vtt_investigation_started', '2031-01-08T09:00:00Z'),
      ev('tafel_requested', '2031-02-03T09:00:00Z', { tafelId: 'x', momentType: 'toeleiding' }),
      ev('vtt_investigation_finished', '2031-02-05T09:00:00Z'),
    ]);
    expect(finished).toMatchObject({ duration: 28 });
    expect(finished?.deadlineAt?.toISOString()).toBe('2031-03-19T09:00:00.000Z');
    const [running] = spansOf(metric('vtt_investigation'), [
      ev('vtt_investigation_started', '2031-01-06T09:00:00Z'),
      ev('case_closed', '2031-04-06T08:00:00Z'),
    ]);
    expect(running?.endAt ?? null).toBeNull();
  });

  it('the drang period is ended by the herbespreking, not by another tafel', () => {
    const [drang] = spansOf(metric('drang_period'), [
      ev('decision_recorded', '2031-01-06T09:00:00Z', { tafelId: 't', decision: 'conditional' }),
      ev('tafel_held', '2031-02-03T09:00:00Z', { tafelId: 'o', momentType: 'overdracht' }),
      ev('tafel_held', '2031-05-06T09:00:00Z', { tafelId: 'h', momentType: 'herbespreking' }),
    ]);
    expect(drang).toMatchObject({ duration: 120 });
  });

  it('the ketenwacht of a hand-over ends when it is accepted or returned', () => {
    const [returned] = spansOf(metric('ketenwacht'), [
      ev('handover_sent', '2031-01-06T09:00:00Z', { handoverId: 'h1' }),
      ev('handover_returned', '2031-01-09T09:00:00Z', { handoverId: 'h1', reason: 'x' }),
    ]);
    expect(returned).toMatchObject({ duration: 3 });
  });
});
