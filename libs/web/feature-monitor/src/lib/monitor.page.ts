import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { GEMEENTEN, GRANULARITIES, Granularity, MetricTable, TableRow } from '@tafel/shared/contracts';
import { loadResource, problemMessage } from '@tafel/web/core';
import { Loading } from '@tafel/web/ui';
import { NgxEchartsDirective } from 'ngx-echarts';
import { headlineOf, sideBySideOptions, trendOptions } from './charts/chart-options';
import { MonitorApi, MonitorQuery } from './monitor.api';

const thisMonth = () => new Date().toISOString().slice(0, 7);
const monthsBack = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

/** /monitor — key figures with their norm, trends, the gemeenten side by side; a table beside every chart. */
@Component({
  selector: 'tafel-monitor-page',
  imports: [FormsModule, Loading, NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor.page.html',
  styleUrl: './monitor.page.scss',
})
export class MonitorPage {
  private readonly api = inject(MonitorApi);

  protected readonly gemeenten = GEMEENTEN;
  protected readonly granularities = GRANULARITIES;
  protected readonly metrics = loadResource(() => this.api.metrics());

  protected readonly query = signal<MonitorQuery>({
    metric: 'request_to_tafel',
    granularity: 'month',
    from: monthsBack(11),
    to: thisMonth(),
    by: 'bucket',
    gemeente: '',
  });
  protected readonly table = loadResource(toObservable(this.query), (q) => this.api.table(q));
  protected readonly duidingPeriod = computed(() => this.query().to.slice(0, 4));
  protected readonly duiding = loadResource(toObservable(this.duidingPeriod), (p) => this.api.duiding(p));
  protected readonly duidingText = signal('');
  protected readonly duidingMessage = signal('');

  protected readonly granularityLabel: Record<Granularity, string> = {
    month: $localize`:@@monitor.month:Maand`,
    quarter: $localize`:@@monitor.quarter:Kwartaal`,
    year: $localize`:@@monitor.year:Jaar`,
  };

  protected set(change: Partial<MonitorQuery>): void {
    this.query.update((q) => ({ ...q, ...change }));
  }

  protected totals(table: MetricTable): TableRow[] {
    return table.rows.filter((r) => r.breakdown === 'total');
  }

  protected breakdown(table: MetricTable): TableRow[] {
    return table.rows.filter((r) => r.breakdown !== 'total');
  }

  protected headline = headlineOf;
  protected trend = (t: MetricTable) => trendOptions(t, t.label.nl);
  protected sideBySide = (t: MetricTable) => sideBySideOptions(t, t.label.nl);

  protected normText(table: MetricTable): string {
    if (!table.norm) return '';
    const unit = {
      days: $localize`:@@monitor.days:dagen`,
      working_days: $localize`:@@monitor.workingDays:werkdagen`,
      months: $localize`:@@monitor.months:maanden`,
    }[table.norm.kind];
    return `${table.norm.value} ${unit}`;
  }

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
