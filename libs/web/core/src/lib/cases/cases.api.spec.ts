import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from './cases.api';

describe('CasesApi', () => {
  let api: CasesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CasesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set', async () => {
    const page = firstValueFrom(api.list({ gemeente: 'Hof van Twente', q: '', page: 2, pageSize: 20 }));
    const request = http.expectOne((r) => r.url === '/api/v1/cases');
    expect(request.request.params.keys().sort()).toEqual(['gemeente', 'page', 'pageSize']);
    expect(request.request.urlWithParams).toBe(
      '/api/v1/cases?gemeente=Hof%20van%20Twente&page=2&pageSize=20',
    );
    request.flush({ items: [], total: 0 });
    await expect(page).resolves.toEqual({ items: [], total: 0 });
  });

  it('puts the hand-over on the case coordinator resource', () => {
    api.handOver('c/1', { coordinatorId: 'u2', reason: 'Verhuizing' }).subscribe();
    const request = http.expectOne('/api/v1/cases/c%2F1/coordinator');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ coordinatorId: 'u2', reason: 'Verhuizing' });
    request.flush({});
  });

  it("puts a child's consent on that member of the case", () => {
    api.consent('c1', 'm1', { sharesWithParents: true }).subscribe();
    const request = http.expectOne('/api/v1/cases/c1/members/m1/consent');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ sharesWithParents: true });
    request.flush({});
  });
});
