import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, RoomState, TafelDetail, Verslag, VerslagCorrection } from '@tafel/shared/contracts';
import { apiUrl } from '@tafel/web/core';
import { Observable } from 'rxjs';

/** Typed calls for the room's lifecycle and the verslag. */
@Injectable({ providedIn: 'root' })
export class VerslagApi {
  private readonly http = inject(HttpClient);

  /** The chair opens the room (scheduled → in session). */
  open(id: string): Observable<TafelDetail> {
    return this.http.post<TafelDetail>(apiUrl(API_ROUTES.tafelOpen, { id }), {});
  }

  /** The chair shares an agenda section with children under 16 ("delen met kind"), or stops. */
  share(id: string, agendaItem: string, shared: boolean): Observable<RoomState> {
    return this.http.put<RoomState>(apiUrl(API_ROUTES.tafelRoomShare, { id }), { agendaItem, shared });
  }

  get(id: string): Observable<Verslag> {
    return this.http.get<Verslag>(apiUrl(API_ROUTES.tafelVerslag, { id }));
  }

  correct(id: string, correction: VerslagCorrection): Observable<Verslag> {
    return this.http.put<Verslag>(apiUrl(API_ROUTES.tafelVerslag, { id }), correction);
  }

  adopt(id: string): Observable<Verslag> {
    return this.http.post<Verslag>(apiUrl(API_ROUTES.tafelVerslagAdopt, { id }), {});
  }

  reply(id: string, text: string): Observable<Verslag> {
    return this.http.post<Verslag>(apiUrl(API_ROUTES.tafelVerslagReplies, { id }), { text });
  }

  pdfUrl(id: string): string {
    return apiUrl(API_ROUTES.tafelVerslagPdf, { id });
  }
}
