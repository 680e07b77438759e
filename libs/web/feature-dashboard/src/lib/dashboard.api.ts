import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, Dashboard } from '@tafel/shared/contracts';
import { apiUrl } from '@tafel/web/core';
import { Observable } from 'rxjs';

/** "Mijn gezinnen" of the signed-in coordinator. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  read(): Observable<Dashboard> {
    return this.http.get<Dashboard>(apiUrl(API_ROUTES.dashboard));
  }
}
