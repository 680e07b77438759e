import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CreateInvitationRequest,
  InvitationCreated,
  InvitationInfo,
} from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../paths';

/** Invitations for parents and children to set up their account. Accepting one is AuthStore's job. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  /** What the invitation page may show (public): 404 when unknown or used, 410 when expired. */
  info(token: string): Observable<InvitationInfo> {
    return this.http.get<InvitationInfo>(apiUrl(API_ROUTES.invitation, { token }));
  }

  /** A coordinator invites a parent, or a child from the age threshold, of the case by e-mail. */
  create(caseId: string, request: CreateInvitationRequest): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(apiUrl(API_ROUTES.caseInvitations, { id: caseId }), request);
  }
}
