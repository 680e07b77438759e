import {
  METRICS,
  MetricDefinition,
  Norm,
  PERCENTILE_RULE,
  PERIOD_RULE,
  bucketsOf,
  isSpanMetric,
  isStockMetric,
} from './metric-definitions';
import { SUPPRESSED_COUNT, WITHHELD } from '@tafel/shared/contracts';
import { THRESHOLD } from './suppression';

/** `docs/metrics.md`, rendered from the definitions (`npm run monitor:docs`; a test checks it is current). */

const norm = (n: Norm | null) => (n ? `${n.value} ${n.kind.replace('_', ' ')}` : '—');

function section(m: MetricDefinition): string {
  const lines = [`### ${m.label.nl} (\`${m.id}\`)`, '', `*${m.label.en}.* ${m.description}`, ''];
  const row = (k: string, v: string) => lines.push(`| ${k} | ${v} |`);
  lines.push('| | |', '|---|---|');
  row('Kind', m.kind);
  if (isSpanMetric(m)) {
    row(
      'Start event',
      `${m.start.map((t) => `\`${t}\``).join(' or ')}${m.startsWhen ? ` — ${m.startsWhen.text}` : ''}`,
    );
    row(
      'End event',
      `first ${m.end.map((t) => `\`${t}\``).join(' or ')}${m.endsWhen ? ` (${m.endsWhen.text})` : ''} at or after the start${m.endSameSubject ? `, with the same ${m.per}` : ''}`,
    );
    row(
      'Which cases count',
      m.per === 'case'
        ? 'one span per case (its first start event)'
        : `one span per ${m.per} (the first start event naming it)`,
    );
    row(
      'Not ended yet',
      m.horizon
        ? `open within the ${m.horizonIsNorm ? 'norm' : 'window'}: \`pending\`; open past it: \`beyond\``
        : 'counted as `pending`; left out of median and P90',
    );
    row('Period cut by', 'the start event');
    row(
      'Figures',
      m.kind === 'duration'
        ? `median and P90 of the ended spans (${m.horizon?.kind === 'working_days' ? 'working days' : 'days'}), n; buckets ${bucketsOf(
            m,
          )
            .map((b) => `\`${b}\``)
            .join(', ')}`
        : `share of \`${m.numerator}\` among spans whose window has passed (within + beyond)`,
    );
    row(
      m.norm ? 'Norm' : 'Window',
      m.norm === undefined
        ? norm(m.horizon)
        : m.horizon
          ? `${norm(m.horizon)} by default; the region's value of \`${m.norm}\` in \`TAFEL_CHAIN_NORMS\` when set`
          : `none by default (buckets \`ended\`, \`pending\`); with \`${m.norm}\` in \`TAFEL_CHAIN_NORMS\` that many working days (durations then in working days too), and compliance as for the other timers`,
    );
    row('Source', m.horizon?.source ?? 'DOMAIN.md, Ketenmonitor');
  } else if (isStockMetric(m)) {
    row('Events', m.events.map((t) => `\`${t}\``).join(', '));
    row('Moves', m.movesText);
    row('Which cases count', 'every case once, in the phase it is in at the end of the period');
    row('Not ended yet', 'a case counts in its phase until its next move; a closed case is no longer stock');
    row(
      'Period cut by',
      "the end of the period: a month's stock is the sum of all moves up to its last day; a quarter's or a year's is that of its last month",
    );
    row('Buckets', m.buckets.map((b) => `\`${b}\``).join(', '));
    row(
      'Suppression',
      `with \`${m.flow}\` as one table (a month's stock minus the month before is that month's moves), over every year with moves, so a cell is hidden the same way in every range it is asked in`,
    );
    row('Norm', '—');
    row('Source', 'DOMAIN.md, Ketenmonitor');
  } else {
    row('Event', `\`${m.event}\``);
    row('Which events count', m.counts);
    row('Not ended yet', 'not applicable (a count of events)');
    row('Period cut by', 'the event');
    row('Buckets', m.buckets.length ? m.buckets.map((b) => `\`${b}\``).join(', ') : 'as they occur');
    if (m.numerator) row('Share', `${m.numerator.map((b) => `\`${b}\``).join(' + ')} / all buckets`);
    row('Norm', '—');
    row('Source', 'DOMAIN.md, Ketenmonitor');
  }
  return lines.join('\n');
}

export function renderMetricsDoc(): string {
  return [
    '# Ketenmonitor — metric dictionary',
    '',
    '<!-- Generated from apps/api/src/modules/monitor/metric-definitions.ts by `npm run monitor:docs`; do not edit. -->',
    '',
    'Every figure of the ketenmonitor is computed from the chain events (`libs/shared/contracts/src/lib/chain-event.ts`),',
    'attributed to the gemeente, GI and moment type they had when they happened. The definitions below are the same',
    'objects the projection and the queries use.',
    '',
    '## General rules',
    '',
    `- **Months**: ${PERIOD_RULE}. Quarters and years are sums of months; a range is a list of whole months.`,
    '- **Durations**: a span runs from the first start event to the first end event at or after it. Working days are',
    '  Monday to Friday in Dutch time (public holidays are not excluded). Median and P90 are exact:',
    `  ${PERCENTILE_RULE}. The monitor keeps one row per span without any person or name in it.`,
    `- **Suppression** applies to counts of families: every count of 1 to ${THRESHOLD - 1} is shown as \`${SUPPRESSED_COUNT}\` in every view, total`,
    '  and export (a zero names no family and is shown); complementary suppression hides a second, non-zero cell wherever',
    '  one hidden cell could be worked out by subtraction (region minus gemeenten, quarter minus months, year minus',
    '  quarters, total minus buckets). That second cell is `<5` too, although it can hold 5 or more: a mark of its own',
    '  would tell the reader which hidden cells are 1 to 4 and which are not, and with a total that gives exact counts',
    '  away (a total of 6 with one cell of each kind: 1 and 5). A measure is never `<5`: a median and P90 (days) are shown when at least',
    `  ${THRESHOLD} spans of the group have ended, and are \`${WITHHELD}\` (on the page "afgeschermd") when 1 to ${THRESHOLD - 1} have;`,
    `  a share (%) is \`${WITHHELD}\` when a count it rests on is hidden (it would give that count away).`,
    '- **Stock**: a count at a moment (the end of a period), not a sum over a period; see `stock`.',
    '- **Norm compliance**: for each timer, the spans started in the period are counted as `within` the norm,',
    '  `beyond` it (ended late, or still open after the deadline) or `pending` (open, deadline not yet passed).',
    "  The norms are the region's: the chain's norms (`CHAIN_NORMS` in `apps/api/src/modules/chain/norms.ts`) with the",
    '  values set in `TAFEL_CHAIN_NORMS` — the same values the dashboards warn with; the values below are the defaults.',
    '  A span keeps the deadline it was derived with; when a value changes, the API derives the spans of that timer',
    '  again at its next start (and `npm run monitor:rebuild` uses the values in force).',
    '',
    '## Metrics',
    '',
    ...METRICS.map((m) => `${section(m)}\n`),
    '## Not measured, and known limits',
    '',
    'What the monitor does not measure (yet), or measures with a known limit:',
    '',
    '- **Stock of a case that moves to another gemeente** (`gemeente_changed`): the event does not say the phase,',
    "  so the case stays in the old gemeente's stock, and its next phase move is attributed to the new gemeente (whose",
    "  stock of the phase left goes one down). The region's stock is right; a gemeente's is off by such cases.",
    '- **Child turning 18 (alert at 17½)** is an alert on the case, not a lead time.',
    '',
  ].join('\n');
}
