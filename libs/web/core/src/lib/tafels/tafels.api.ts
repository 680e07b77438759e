import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  AttendanceInput,
  DecisionInput,
  ParticipantInput,
  RsvpInput,
  ScheduleInput,
  ScheduleResult,
  Sitting,
  SittingInput,
  SlotProposal,
  TafelDetail,
  TafelRequestInput,
  TafelSummary,
} from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../paths';

/** Scheduling a tafel; moving one that is already scheduled needs a reason. */
export type ScheduleRequest = ScheduleInput & { reason?: string };

/** A period for slot proposals and sittings; either end may be left to the API's default. */
export interface Period {
  from?: Date;
  to?: Date;
}

/** Typed calls to the tafel, sitting and agreement endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class TafelsApi {
  private readonly http = inject(HttpClient);

  /** Verzoek tot bespreking. */
  request(input: TafelRequestInput): Observable<TafelDetail> {
    return this.http.post<TafelDetail>(apiUrl(API_ROUTES.tafels), input);
  }

  /** The tafels the caller may see, newest first; of one family when caseId is given. */
  list(caseId?: string): Observable<TafelSummary[]> {
    const params = caseId ? new HttpParams().set('caseId', caseId) : undefined;
    return this.http.get<TafelSummary[]>(apiUrl(API_ROUTES.tafels), { params });
  }

  get(id: string): Observable<TafelDetail> {
    return this.http.get<TafelDetail>(apiUrl(API_ROUTES.tafel, { id }));
  }

  addParticipant(id: string, input: ParticipantInput): Observable<TafelDetail> {
    return this.http.post<TafelDetail>(apiUrl(API_ROUTES.tafelParticipants, { id }), input);
  }

  /** "Ouders aan tafel, tenzij": leaves a parent out of the invitation, with a reason. */
  notInvite(id: string, participantId: string, reason: string): Observable<TafelDetail> {
    const url = apiUrl(API_ROUTES.tafelParticipantNotInvited, { id, participantId });
    return this.http.put<TafelDetail>(url, { reason });
  }

  slotProposals(id: string, period: Period = {}): Observable<SlotProposal[]> {
    return this.http.get<SlotProposal[]>(apiUrl(API_ROUTES.tafelSlotProposals, { id }), {
      params: periodParams(period),
    });
  }

  schedule(id: string, request: ScheduleRequest): Observable<ScheduleResult> {
    return this.http.put<ScheduleResult>(apiUrl(API_ROUTES.tafelSchedule, { id }), request);
  }

  cancel(id: string, reason: string): Observable<TafelDetail> {
    return this.http.post<TafelDetail>(apiUrl(API_ROUTES.tafelCancel, { id }), { reason });
  }

  /** The signed-in participant answers the invitation for themselves. */
  rsvp(id: string, body: RsvpInput): Observable<TafelDetail> {
    return this.http.put<TafelDetail>(apiUrl(API_ROUTES.tafelRsvp, { id }), body);
  }

  recordAttendance(id: string, items: AttendanceInput[]): Observable<TafelDetail> {
    return this.http.put<TafelDetail>(apiUrl(API_ROUTES.tafelAttendance, { id }), { items });
  }

  decide(id: string, input: DecisionInput): Observable<TafelDetail> {
    return this.http.post<TafelDetail>(apiUrl(API_ROUTES.tafelDecision, { id }), input);
  }

  setAgreementStatus(agreementId: string, status: 'open' | 'done'): Observable<TafelDetail> {
    return this.http.patch<TafelDetail>(apiUrl(API_ROUTES.agreement, { id: agreementId }), { status });
  }

  /** Sittings overlapping the period (the API defaults to one week from `from`). */
  sittings(period: Period = {}): Observable<Sitting[]> {
    return this.http.get<Sitting[]>(apiUrl(API_ROUTES.sittings), { params: periodParams(period) });
  }

  createSitting(input: SittingInput): Observable<Sitting> {
    return this.http.post<Sitting>(apiUrl(API_ROUTES.sittings), input);
  }
}

function periodParams({ from, to }: Period): HttpParams {
  let params = new HttpParams();
  if (from) params = params.set('from', from.toISOString());
  if (to) params = params.set('to', to.toISOString());
  return params;
}
