import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { catchError, filter, Observable, of, shareReplay, switchMap, take, tap } from 'rxjs';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  GRANULARITIES,
  Granularity,
  MONITOR_MONTHS,
  MONITOR_REGION,
  MetricTable,
} from '@tafel/shared/contracts';
import { LoadState, loadResource, problemMessage } from '@tafel/web/core';
import { Loading } from '@tafel/web/ui';
import { NgxEchartsDirective } from 'ngx-echarts';
import { ChartText, sideBySideOptions, stockOptions, trendOptions } from './charts/chart-options';
import { DataTable } from './data-table';
import {
  areaLabel,
  areaRows,
  breakdownRows,
  columnLabel,
  gapsNote,
  gemeenteRows,
  normText,
  partLabel,
  periodLabel,
  shownText,
  trendRows,
} from './figures';
import { Flow } from './flow';
import { KeyFigures } from './key-figures';
import { MonitorApi, MonitorQuery } from './monitor.api';

const monthsBack = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

/**
 * /monitor — key figures with their norm, the flow through the chain, trends and the gemeenten side by
 * side; a table beside every chart. The gemeente picker offers what the API lets this auditor see.
 */
@Component({
  selector: 'tafel-monitor-page',
  imports: [FormsModule, MatButtonModule, Loading, NgxEchartsDirective, KeyFigures, Flow, DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor.page.html',
  styleUrl: './monitor.page.scss',
})
export class MonitorPage {
  private readonly api = inject(MonitorApi);
  private readonly locale = inject(LOCALE_ID);

  protected readonly granularities = GRANULARITIES;
  /** The months the API answers about: the pickers offer no others. */
  protected readonly months = MONITOR_MONTHS;
  protected readonly metrics = loadResource(() => this.api.metrics());
  /** What this auditor may see; a gemeente's auditor starts on their own gemeente (the region beside it). */
  private readonly scope$ = this.api.scope().pipe(shareReplay(1));
  protected readonly scope = loadResource(() => this.scope$);
  protected readonly areaLabel = areaLabel;
  protected readonly normText = normText;
  protected readonly columns = columnLabel;
  protected readonly gapsNote = gapsNote;
  protected readonly trendRows = (t: MetricTable) => trendRows(t, this.locale);
  protected readonly breakdownRows = (t: MetricTable) => breakdownRows(t, this.locale);
  protected readonly areaRows = (t: MetricTable, area: string) => areaRows(t, area, this.locale);
  protected readonly gemeenteRows = (t: MetricTable) => gemeenteRows(t, this.locale);
  private readonly chartText: ChartText = {
    period: (p) => periodLabel(this.locale, p),
    area: areaLabel,
    part: partLabel,
    value: (v) => shownText(this.locale, v),
  };

  protected readonly query = signal<MonitorQuery>({
    metric: 'request_to_tafel',
    granularity: 'month',
    // The twelve months up to the last complete one: the running month is nearly empty early on, and its
    // key figures would read as a fall. The auditor can choose it.
    from: monthsBack(12),
    to: monthsBack(1),
    by: 'bucket',
    gemeente: '',
  });
  private readonly query$ = this.startOnOwnGemeente(toObservable(this.query));
  protected readonly table = loadResource(this.query$, (q) => this.api.table(q));
  protected readonly audit = loadResource(this.query$, (q) => this.api.toeleiding(q));
  protected readonly flow = loadResource(this.query$, (q) => this.api.flow(q));
  /** The area the key figures and the flow are about: the chosen gemeente, else the region. */
  protected readonly area = computed(() => this.query().gemeente || MONITOR_REGION);
  protected readonly duidingPeriod = computed(() => this.query().to.slice(0, 4));
  protected readonly duiding = loadResource(toObservable(this.duidingPeriod), (p) => this.api.duiding(p));
  protected readonly duidingText = signal('');
  protected readonly duidingMessage = signal('');

  protected readonly granularityLabel: Record<Granularity, string> = {
    month: $localize`:@@monitor.month:Maand`,
    quarter: $localize`:@@monitor.quarter:Kwartaal`,
    year: $localize`:@@monitor.year:Jaar`,
  };

  /** The figures load once the scope is known, so a gemeente's auditor does not first get the region's. */
  private startOnOwnGemeente(queries: Observable<MonitorQuery>): Observable<MonitorQuery> {
    return this.scope$.pipe(
      take(1),
      tap((s) => {
        if (!s.regional && s.gemeenten.length === 1 && !this.query().gemeente)
          this.set({ gemeente: s.gemeenten[0] });
      }),
      catchError(() => of(null)),
      // The query's observable replays the value from before the change above: skip it.
      switchMap(() => queries.pipe(filter((q) => q === this.query()))),
    );
  }

  protected set(change: Partial<MonitorQuery>): void {
    this.query.update((q) => ({ ...q, ...change }));
  }

  /** Header columns, then one column per period. */
  protected periodColumns(heads: string[], table: MetricTable): string[] {
    return [...heads, ...table.periods.map((p) => periodLabel(this.locale, p))];
  }

  /** The key figures' period ("november 2026"), once they have loaded. */
  protected lastPeriodOf(audit: LoadState<MetricTable[]>): string {
    const last = audit.status === 'loaded' ? audit.value[0]?.periods.at(-1) : undefined;
    return last ? periodLabel(this.locale, last, true) : $localize`:@@monitor.lastPeriod:laatste periode`;
  }

  /** "Doorlooptijd verzoek → tafel (november 2026)": a figure of the last period. */
  protected lastPeriodCaption(t: MetricTable): string {
    const last = t.periods.at(-1);
    return last ? `${t.label.nl} (${periodLabel(this.locale, last, true)})` : t.label.nl;
  }

  protected trend = (t: MetricTable) => trendOptions(t, t.label.nl, this.chartText);
  protected sideBySide = (t: MetricTable) => sideBySideOptions(t, t.label.nl, this.chartText);

  /** The stock per phase among the flow's tables, and its chart for the area. */
  protected stockOf = (tables: readonly MetricTable[]) => tables.find((t) => t.kind === 'stock');
  protected stockChart = (t: MetricTable) => stockOptions(t, this.area(), t.label.nl, this.chartText);

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.api.exportUrl(this.query(), format);
  }

  protected saveDuiding(): void {
    this.api.saveDuiding(this.duidingPeriod(), this.duidingText()).subscribe({
      next: () => this.duidingMessage.set($localize`:@@monitor.duidingSaved:De duiding is opgeslagen.`),
      error: (e: unknown) => this.duidingMessage.set(problemMessage(e)),
    });
  }

  protected print(): void {
    window.print();
  }
}
