import { ProjectedEvent, SPAN_METRICS, SpanMetric } from './metric-definitions';
import { addWorkingDays, monthOf, workingDaysBetween } from './periods';
import { countDeltas, spansOf, subjectsToRederive } from './projection';

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

describe('which spans an event changes', () => {
  const at = new Date('2031-03-10T10:00:00Z');
  const span = (subject: string, start: string, end: string | null) => ({
    metric: 'request_to_tafel',
    subject,
    startAt: new Date(start),
    endAt: end ? new Date(end) : null,
  });
  const spans = [
    span('a', '2031-03-01T10:00:00Z', null),
    span('b', '2031-03-01T10:00:00Z', '2031-03-05T10:00:00Z'),
    span('c', '2031-03-20T10:00:00Z', null),
  ];

  it('a start only when its subject has no earlier start; an end only the spans open at its time', () => {
    expect([...subjectsToRederive({ starts: 'a', ends: null }, spans, at)]).toEqual([]);
    expect([...subjectsToRederive({ starts: 'c', ends: null }, spans, at)]).toEqual(['c']);
    expect([...subjectsToRederive({ starts: 'd', ends: null }, spans, at)]).toEqual(['d']);
    expect([...subjectsToRederive({ starts: null, ends: 'a' }, spans, at)]).toEqual(['a']);
    expect([...subjectsToRederive({ starts: null, ends: 'b' }, spans, at)]).toEqual([]);
    expect([...subjectsToRederive({ starts: null, ends: '*' }, spans, at)]).toEqual(['a']);
  });
});
