import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddMemberRequest,
  API_ROUTES,
  CaseDetail,
  CaseListItem,
  CaseListQuery,
  ChainEvent,
  ConsentRequest,
  CoordinatorCandidate,
  CreateCaseRequest,
  FamilyHome,
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

  /** One page of the cases the caller may see, with what needs their action; empty filters are left out. */
  list(query: CaseListQuery): Observable<Page<CaseListItem>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<CaseListItem>>(apiUrl(API_ROUTES.cases), { params });
  }

  /** "Mijn gezin" of a family member: their family, its tafels, plan, newest version and agreements at once. */
  familyHome(): Observable<FamilyHome> {
    return this.http.get<FamilyHome>(apiUrl(API_ROUTES.familyHome));
  }

  /** Registers a new family; the caller becomes its coordinator. */
  create(request: CreateCaseRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(apiUrl(API_ROUTES.cases), request);
  }

  addMember(id: string, request: AddMemberRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(apiUrl(API_ROUTES.caseMembers, { id }), request);
  }

  /** A child of 16 or older gives or withdraws consent to the parents seeing their part. */
  consent(id: string, memberId: string, request: ConsentRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(apiUrl(API_ROUTES.caseMemberConsent, { id, memberId }), request);
  }

  addProfessional(id: string, userId: string): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(apiUrl(API_ROUTES.caseProfessionals, { id }), { userId });
  }

  /** Ends an added professional's membership: they no longer see the family (204, no body). */
  removeProfessional(id: string, userId: string): Observable<void> {
    return this.http.delete<void>(apiUrl(API_ROUTES.caseProfessional, { id, userId }));
  }

  get(id: string): Observable<CaseDetail> {
    return this.http.get<CaseDetail>(apiUrl(API_ROUTES.case, { id }));
  }

  /** The case's chain events, newest first. */
  events(id: string): Observable<ChainEvent[]> {
    return this.http.get<ChainEvent[]>(apiUrl(API_ROUTES.caseEvents, { id }));
  }

  coordinatorCandidates(id: string): Observable<CoordinatorCandidate[]> {
    return this.http.get<CoordinatorCandidate[]>(apiUrl(API_ROUTES.caseCoordinatorCandidates, { id }));
  }

  handOver(id: string, request: HandoverRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(apiUrl(API_ROUTES.caseCoordinator, { id }), request);
  }

  changeRegie(id: string, request: RegieChangeRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(apiUrl(API_ROUTES.caseRegie, { id }), request);
  }
}
