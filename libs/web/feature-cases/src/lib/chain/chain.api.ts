import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, Handover, Measure, RecordMilestoneRequest } from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '@tafel/web/core';

/** Typed calls to the chain endpoints: milestones and the overdrachten between organisations. */
@Injectable({ providedIn: 'root' })
export class ChainApi {
  private readonly http = inject(HttpClient);

  /** The overdrachten waiting for the caller's organisation. */
  incoming(): Observable<Handover[]> {
    return this.http.get<Handover[]>(apiUrl(API_ROUTES.handoversIncoming));
  }

  /** Accepts an overdracht: `coordinatorId` (a worker of the receiving organisation) takes regie. */
  accept(handoverId: string, coordinatorId: string): Observable<Handover> {
    return this.http.post<Handover>(apiUrl(API_ROUTES.handoverAccept, { handoverId }), { coordinatorId });
  }

  returnIt(handoverId: string, reason: string): Observable<Handover> {
    return this.http.post<Handover>(apiUrl(API_ROUTES.handoverReturn, { handoverId }), { reason });
  }

  recordMilestone(id: string, request: RecordMilestoneRequest): Observable<void> {
    return this.http.post<void>(apiUrl(API_ROUTES.caseMilestones, { id }), request);
  }

  /** The court measures per child of a case. */
  measures(id: string): Observable<Measure[]> {
    return this.http.get<Measure[]>(apiUrl(API_ROUTES.caseMeasures, { id }));
  }
}
