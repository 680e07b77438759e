import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AccessLogQuery,
  AccessLogRow,
  API_ROUTES,
  EmergencyAccess,
  EmergencyAccessRequest,
  EmergencyReviewRequest,
  FileViewing,
} from '@tafel/shared/contracts';
import { map, Observable } from 'rxjs';
import { CountedList, countedList } from '../http/counted-list';
import { apiUrl } from '../paths';

/** The NEN 7513 access log: a family's own view, the privacy officer's search, and emergency access. */
@Injectable({ providedIn: 'root' })
export class AccessLogApi {
  private readonly http = inject(HttpClient);

  /** "Who looked at my file", for a parent or child of the case; newest first. */
  viewings(caseId: string): Observable<FileViewing[]> {
    return this.http.get<FileViewing[]>(apiUrl(API_ROUTES.caseAccessLog, { id: caseId }));
  }

  /** The privacy officer's search: the newest rows and how many match in all; empty filters are left out. */
  search(query: AccessLogQuery): Observable<CountedList<AccessLogRow>> {
    return this.http
      .get<AccessLogRow[]>(apiUrl(API_ROUTES.accessLog), { params: queryParams(query), observe: 'response' })
      .pipe(map(countedList));
  }

  /** The URL of the CSV export of the same search (a download, not an XHR call). */
  exportUrl(query: AccessLogQuery): string {
    const params = queryParams(query).toString();
    return apiUrl(API_ROUTES.accessLogExport) + (params ? `?${params}` : '');
  }

  /** Emergency accesses to review: the open ones, or all. */
  emergencyAccesses(status: 'open' | 'all' = 'open'): Observable<EmergencyAccess[]> {
    return this.http.get<EmergencyAccess[]>(apiUrl(API_ROUTES.emergencyAccesses), {
      params: new HttpParams().set('status', status),
    });
  }

  review(id: string, note: string): Observable<EmergencyAccess> {
    const body: EmergencyReviewRequest = { note };
    return this.http.put<EmergencyAccess>(apiUrl(API_ROUTES.emergencyAccessReview, { id }), body);
  }

  /** Break the glass: a professional's time-limited access to a case they are not a member of. */
  requestEmergencyAccess(caseId: string, reason: string): Observable<EmergencyAccess> {
    const body: EmergencyAccessRequest = { reason };
    return this.http.post<EmergencyAccess>(apiUrl(API_ROUTES.caseEmergencyAccess, { id: caseId }), body);
  }
}

function queryParams(query: AccessLogQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value.trim());
    else if (value === true) params = params.set(key, 'true');
  }
  return params;
}
