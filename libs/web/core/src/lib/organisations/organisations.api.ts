import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, Organisation } from '@tafel/shared/contracts';
import { Observable, shareReplay } from 'rxjs';
import { apiUrl } from '../paths';

/** The organisations of the region. They rarely change, so one answer is shared for the whole session. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);
  private readonly all$ = this.http
    .get<Organisation[]>(apiUrl(API_ROUTES.organisations))
    .pipe(shareReplay({ bufferSize: 1, refCount: false }));

  list(): Observable<Organisation[]> {
    return this.all$;
  }
}
