import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, PeopleQuery, PersonOption } from '@tafel/shared/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../paths';

/** The people picker's search: professionals by name, with their organisation. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  search(query: PeopleQuery): Observable<PersonOption[]> {
    let params = new HttpParams().set('q', query.q.trim());
    if (query.role) params = params.set('role', query.role);
    if (query.organisationType) params = params.set('organisationType', query.organisationType);
    return this.http.get<PersonOption[]>(apiUrl(API_ROUTES.people), { params });
  }
}
