import { Body, Controller, Get, Header, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  Duiding,
  EXPORT_FORMATS,
  GEMEENTEN,
  MONITOR_ROUTES,
  MetricSummary,
  MetricTable,
  MonitorScope,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { DuidingDto, MetricQueryDto, PERIOD_KEY } from './monitor.dto';
import { MonitorQueryService } from './monitor-query.service';
import { FLOW_METRICS, isSpanMetric } from './metric-definitions';
import { MonitorMetrics } from './monitor-metrics';
import { DuidingService } from './duiding.service';
import { toCsv, toXlsx } from './export';

/** Figures for auditors: aggregates only, suppressed; never a person, a case or free case text. */
const SUPPRESSION =
  'Counts of families (`n`) of 1–4 are "<5", as is a second count from which such a count could be worked out; ' +
  'a zero is shown. Measures are never "<5": `median` and `p90` (days) are shown for at least 5 ended spans and ' +
  '"withheld" for 1–4; `share` (%) is "withheld" when a count it rests on is hidden. See docs/metrics.md.';
@ApiTags('monitor')
@Controller()
export class MonitorController {
  constructor(
    private readonly query: MonitorQueryService,
    private readonly duiding: DuidingService,
    private readonly metrics: MonitorMetrics,
  ) {}

  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.metrics)
  list(): MetricSummary[] {
    return this.metrics.all.map((m) => ({
      id: m.id,
      kind: m.kind,
      label: m.label,
      norm: isSpanMetric(m) && m.horizonIsNorm ? m.horizon : null,
    }));
  }

  /** What the gemeente picker offers: the auditor's own gemeente, or all 14 to a regional auditor. */
  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.scope)
  async scope(@CurrentUser() user: AuthUser): Promise<MonitorScope> {
    const own = await this.query.scopeOf(user);
    return { gemeenten: own ? [own] : [...GEMEENTEN], regional: own === null };
  }

  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.metric)
  @ApiOperation({ summary: "One metric's suppressed table", description: SUPPRESSION })
  metric(
    @CurrentUser() user: AuthUser,
    @Param('metric') metric: string,
    @Query() q: MetricQueryDto,
  ): Promise<MetricTable> {
    return this.query.table(user, { metric, ...q });
  }

  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.metricExport)
  @ApiOperation({
    summary: 'The same table as CSV or XLSX',
    description: `${SUPPRESSION} In the export a withheld measure reads "afgeschermd".`,
  })
  async export(
    @CurrentUser() user: AuthUser,
    @Param('metric') metric: string,
    @Param('format') format: string,
    @Query() q: MetricQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new DomainError('not_found', `There is no export in that format (${EXPORT_FORMATS.join(', ')})`);
    const table = await this.query.table(user, { metric, ...q });
    const name = `ketenmonitor-${table.metric}-${q.from}-${q.to}.${format}`;
    res.attachment(name);
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8').send(toCsv(table));
    } else {
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table));
    }
  }

  /** The toeleiding audit: participation shares, drang without hearing, and every timer's breaches. */
  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.toeleiding)
  async toeleiding(@CurrentUser() user: AuthUser, @Query() q: MetricQueryDto): Promise<MetricTable[]> {
    const ids = [
      'parents_reaction',
      'parents_present',
      'child_heard',
      'familiegroepsplan_offered',
      'voluntary_help_described',
      'drang_without_hearing',
      ...this.metrics.timers.map((m) => m.id),
    ];
    return Promise.all(ids.map((metric) => this.query.table(user, { metric, ...q, by: 'bucket' })));
  }

  /** The flow through the chain in one answer: inflow, stock per phase, transitions, outflow. */
  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.flow)
  flow(@CurrentUser() user: AuthUser, @Query() q: MetricQueryDto): Promise<MetricTable[]> {
    return Promise.all(FLOW_METRICS.map((metric) => this.query.table(user, { metric, ...q, by: 'bucket' })));
  }

  @Allow('monitor:read')
  @Get(MONITOR_ROUTES.duiding)
  @Header('Cache-Control', 'no-store')
  readDuiding(@Param('period') period: string): Promise<Duiding> {
    if (!PERIOD_KEY.test(period))
      throw invalid([{ name: 'period', reason: 'a month, quarter or year (2026-03, 2026-Q1, 2026)' }]);
    return this.duiding.read(period);
  }

  @Allow('monitor:duiding')
  @Put(MONITOR_ROUTES.duiding)
  async writeDuiding(
    @CurrentUser() user: AuthUser,
    @Param('period') period: string,
    @Body() dto: DuidingDto,
  ) {
    if (!PERIOD_KEY.test(period))
      throw invalid([{ name: 'period', reason: 'a month, quarter or year (2026-03, 2026-Q1, 2026)' }]);
    if ((await this.query.scopeOf(user)) !== null) {
      throw new DomainError('forbidden', 'Only the regional auditor writes the duiding');
    }
    return this.duiding.write(period, dto.text, user.id);
  }
}
