import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AdminUser,
  API_ROUTES,
  AppSetting,
  CreateUserRequest,
  DestroyCasesRequest,
  DestroyCasesResult,
  HandoverRequest,
  Organisation,
  OrganisationRequest,
  RetentionCase,
  StaffRole,
  UpdateUserRequest,
  UserResponsibilities,
} from '@tafel/shared/contracts';
import { apiUrl, CountedList, countedList } from '@tafel/web/core';
import { map, Observable } from 'rxjs';

/** The administrator's API: accounts, organisations, settings and retention — no case content. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  /** The first matching accounts and how many match in all. */
  users(q: string, role?: StaffRole): Observable<CountedList<AdminUser>> {
    const params = { ...(q ? { q } : {}), ...(role ? { role } : {}) };
    return this.http
      .get<AdminUser[]>(apiUrl(API_ROUTES.adminUsers), { params, observe: 'response' })
      .pipe(map(countedList));
  }

  createUser(request: CreateUserRequest): Observable<AdminUser> {
    return this.http.post<AdminUser>(apiUrl(API_ROUTES.adminUsers), request);
  }

  updateUser(id: string, request: UpdateUserRequest): Observable<AdminUser> {
    return this.http.patch<AdminUser>(apiUrl(API_ROUTES.adminUser, { id }), request);
  }

  /** What the person still carries, in numbers only. */
  responsibilities(id: string): Observable<UserResponsibilities> {
    return this.http.get<UserResponsibilities>(apiUrl(API_ROUTES.adminUserResponsibilities, { id }));
  }

  /** The families of a deactivated coordinator to another coordinator; answers what is left (nothing). */
  handOver(id: string, request: HandoverRequest): Observable<UserResponsibilities> {
    return this.http.post<UserResponsibilities>(apiUrl(API_ROUTES.adminUserHandover, { id }), request);
  }

  reactivate(id: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(apiUrl(API_ROUTES.adminUserReactivate, { id }), null);
  }

  deactivate(id: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(apiUrl(API_ROUTES.adminUserDeactivate, { id }), null);
  }

  resetSecondFactor(id: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(apiUrl(API_ROUTES.adminUserSecondFactorReset, { id }), null);
  }

  /** Fresh each time (the shared OrganisationsApi keeps one answer for the session). */
  organisations(): Observable<Organisation[]> {
    return this.http.get<Organisation[]>(apiUrl(API_ROUTES.organisations));
  }

  createOrganisation(request: OrganisationRequest): Observable<Organisation> {
    return this.http.post<Organisation>(apiUrl(API_ROUTES.adminOrganisations), request);
  }

  updateOrganisation(id: string, request: OrganisationRequest): Observable<Organisation> {
    return this.http.patch<Organisation>(apiUrl(API_ROUTES.adminOrganisation, { id }), request);
  }

  settings(): Observable<AppSetting[]> {
    return this.http.get<AppSetting[]>(apiUrl(API_ROUTES.adminSettings));
  }

  /** The closed cases past their retention term: number, gemeente and dates only. */
  pastTerm(): Observable<RetentionCase[]> {
    return this.http.get<RetentionCase[]>(apiUrl(API_ROUTES.adminRetention));
  }

  destroy(request: DestroyCasesRequest): Observable<DestroyCasesResult> {
    return this.http.post<DestroyCasesResult>(apiUrl(API_ROUTES.adminRetentionDestroy), request);
  }
}
