import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AccessLogApi } from './access-log.api';

describe('AccessLogApi', () => {
  let api: AccessLogApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AccessLogApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("reads a family's own viewings from the case", () => {
    api.viewings('c1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c1/access-log' }).flush([]);
  });

  it('searches with only the filters that are filled in, and exports the same search', () => {
    const query = { caseId: ' c1 ', userId: '', from: '2026-04-01T00:00:00.000Z' };
    let result: unknown;
    api.search(query).subscribe((r) => (result = r));
    const request = http.expectOne((r) => r.url === '/api/v1/access-log');
    expect(request.request.urlWithParams).toBe('/api/v1/access-log?caseId=c1&from=2026-04-01T00:00:00.000Z');
    request.flush([], { headers: { 'X-Total-Count': '5001' } });
    expect(result).toEqual({ items: [], total: 5001 });
    expect(api.exportUrl(query)).toBe('/api/v1/access-log/export?caseId=c1&from=2026-04-01T00:00:00.000Z');
    expect(api.exportUrl({})).toBe('/api/v1/access-log/export');
    expect(api.exportUrl({ family: 'Bakker', emergencyOnly: true })).toBe(
      '/api/v1/access-log/export?family=Bakker&emergencyOnly=true',
    );
    expect(api.exportUrl({ emergencyOnly: false })).toBe('/api/v1/access-log/export');
  });

  it('lists open emergency accesses and puts a review note on one', () => {
    api.emergencyAccesses().subscribe();
    http.expectOne('/api/v1/emergency-accesses?status=open').flush([]);
    api.review('e1', 'Terecht: melding VTT buiten kantoortijd').subscribe();
    const request = http.expectOne('/api/v1/emergency-accesses/e1/review');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ note: 'Terecht: melding VTT buiten kantoortijd' });
    request.flush({});
  });

  it('asks for emergency access to a case with a reason', () => {
    api.requestEmergencyAccess('c1', 'Acute zorg gemeld door de politie vannacht').subscribe();
    const request = http.expectOne('/api/v1/cases/c1/emergency-access');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Acute zorg gemeld door de politie vannacht' });
    request.flush({});
  });
});
