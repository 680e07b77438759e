import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CaseDetail,
  CaseListQuery,
  CaseSummary,
  ChainEvent,
  CoordinatorCandidate,
  HandoverRequest,
  Page,
  RegieChangeRequest,
} from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../paths';

/** Typed calls to the case endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  /** One page of the cases the caller may see; empty filters are left out of the query. */
  list(query: CaseListQuery): Observable<Page<CaseSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<CaseSummary>>(apiUrl('cases'), { params });
  }

  get(id: string): Observable<CaseDetail> {
    return this.http.get<CaseDetail>(caseUrl(id));
  }

  /** The case's chain events, newest first. */
  events(id: string): Observable<ChainEvent[]> {
    return this.http.get<ChainEvent[]>(caseUrl(id, 'events'));
  }

  coordinatorCandidates(id: string): Observable<CoordinatorCandidate[]> {
    return this.http.get<CoordinatorCandidate[]>(caseUrl(id, 'coordinator-candidates'));
  }

  handOver(id: string, request: HandoverRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(caseUrl(id, 'coordinator'), request);
  }

  changeRegie(id: string, request: RegieChangeRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(caseUrl(id, 'regie'), request);
  }
}

function caseUrl(id: string, sub?: string): string {
  const base = apiUrl(`cases/${encodeURIComponent(id)}`);
  return sub ? `${base}/${sub}` : base;
}
