import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  FamilyAgreement,
  PlanAnswer,
  PlanAnswerInput,
  PlanAttachmentSummary,
  PlanComparison,
  PlanDraft,
  PlanDraftInput,
  PlanOverview,
  PlanVersion,
} from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { isProblemDetails } from '../errors/problem-message';
import { apiUrl } from '../paths';

/**
 * The draft as it now is, when a save or publish answered 409 because someone else saved first
 * (the API sends it as `current` in the problem); null for any other failure.
 */
export function conflictingDraft(error: unknown): PlanDraft | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409 || !isProblemDetails(error.error))
    return null;
  const current = (error.error as { current?: PlanDraft }).current;
  return current ?? null;
}

/** Typed calls to the plan endpoints of the API (one plan per family). */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  /** The draft (for who may see it), the published versions (newest first) and the basis files. */
  overview(caseId: string): Observable<PlanOverview> {
    return this.http.get<PlanOverview>(apiUrl(API_ROUTES.casePlan, { id: caseId }));
  }

  /** Saves the draft if it is still at `input.baseRevision`; a 409 holds the other's draft. */
  save(caseId: string, input: PlanDraftInput): Observable<PlanDraft> {
    return this.http.put<PlanDraft>(apiUrl(API_ROUTES.casePlan, { id: caseId }), input);
  }

  publish(caseId: string, baseRevision: number): Observable<PlanVersion> {
    return this.http.post<PlanVersion>(apiUrl(API_ROUTES.casePlanVersions, { id: caseId }), { baseRevision });
  }

  version(caseId: string, number: number): Observable<PlanVersion> {
    return this.http.get<PlanVersion>(
      apiUrl(API_ROUTES.casePlanVersion, { id: caseId, number: String(number) }),
    );
  }

  compare(caseId: string, from: number, to: number): Observable<PlanComparison> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<PlanComparison>(apiUrl(API_ROUTES.casePlanCompare, { id: caseId }), { params });
  }

  answer(caseId: string, number: number, input: PlanAnswerInput): Observable<PlanAnswer> {
    return this.http.post<PlanAnswer>(
      apiUrl(API_ROUTES.casePlanAnswers, { id: caseId, number: String(number) }),
      input,
    );
  }

  /** Sends the file as it is; the API checks its type by content and its size. */
  attach(caseId: string, file: File): Observable<PlanAttachmentSummary> {
    const params = new HttpParams().set('name', file.name);
    return this.http.post<PlanAttachmentSummary>(
      apiUrl(API_ROUTES.casePlanAttachments, { id: caseId }),
      file,
      {
        params,
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      },
    );
  }

  /** Where the browser downloads a basis file (the API checks access on each download). */
  attachmentUrl(caseId: string, attachmentId: string): string {
    return apiUrl(API_ROUTES.casePlanAttachment, { id: caseId, attachmentId });
  }

  /** The family's agreements in one list: from its tafels and from the current plan. */
  agreements(caseId: string): Observable<FamilyAgreement[]> {
    return this.http.get<FamilyAgreement[]>(apiUrl(API_ROUTES.caseAgreements, { id: caseId }));
  }
}
