import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  Breakdown,
  Duiding,
  Granularity,
  MONITOR_ROUTES,
  MetricSummary,
  MetricTable,
  MonitorScope,
} from '@tafel/shared/contracts';
import { Observable } from 'rxjs';

export interface MonitorQuery {
  metric: string;
  granularity: Granularity;
  from: string;
  to: string;
  by: Breakdown;
  /** Empty: every gemeente the auditor may see. */
  gemeente: string;
}

const url = (route: string, params: Record<string, string> = {}) =>
  `/${API_PREFIX}/${route.replace(/:([a-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`;

const queryOf = (q: MonitorQuery) => {
  const params: Record<string, string> = { granularity: q.granularity, from: q.from, to: q.to, by: q.by };
  if (q.gemeente) params['gemeente'] = q.gemeente;
  return params;
};

/** The ketenmonitor's API: suppressed aggregates only. */
@Injectable({ providedIn: 'root' })
export class MonitorApi {
  private readonly http = inject(HttpClient);

  /** The gemeenten this auditor may choose besides the region. */
  scope(): Observable<MonitorScope> {
    return this.http.get<MonitorScope>(url(MONITOR_ROUTES.scope));
  }

  /** The toeleiding audit of the query's periods: participation, drang without hearing, every timer. */
  toeleiding(q: MonitorQuery): Observable<MetricTable[]> {
    return this.http.get<MetricTable[]>(url(MONITOR_ROUTES.toeleiding), {
      params: new HttpParams({ fromObject: queryOf(q) }),
    });
  }

  /** The flow through the chain: inflow, stock per phase, transitions and outflow, by bucket. */
  flow(q: MonitorQuery): Observable<MetricTable[]> {
    return this.http.get<MetricTable[]>(url(MONITOR_ROUTES.flow), {
      params: new HttpParams({ fromObject: queryOf(q) }),
    });
  }

  metrics(): Observable<MetricSummary[]> {
    return this.http.get<MetricSummary[]>(url(MONITOR_ROUTES.metrics));
  }

  table(q: MonitorQuery): Observable<MetricTable> {
    return this.http.get<MetricTable>(url(MONITOR_ROUTES.metric, { metric: q.metric }), {
      params: new HttpParams({ fromObject: queryOf(q) }),
    });
  }

  /** The download link of the same table as CSV or XLSX (the same suppression). */
  exportUrl(q: MonitorQuery, format: 'csv' | 'xlsx'): string {
    const query = new HttpParams({ fromObject: queryOf(q) }).toString();
    return `${url(MONITOR_ROUTES.metricExport, { metric: q.metric, format })}?${query}`;
  }

  duiding(period: string): Observable<Duiding> {
    return this.http.get<Duiding>(url(MONITOR_ROUTES.duiding, { period }));
  }

  saveDuiding(period: string, text: string): Observable<Duiding> {
    return this.http.put<Duiding>(url(MONITOR_ROUTES.duiding, { period }), { text });
  }
}
