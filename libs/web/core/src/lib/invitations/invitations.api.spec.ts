import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { InvitationsApi } from './invitations.api';

describe('InvitationsApi', () => {
  let api: InvitationsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(InvitationsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads an invitation by its token, escaped', async () => {
    const info = firstValueFrom(api.info('a/b'));
    const request = http.expectOne('/api/v1/invitations/a%2Fb');
    expect(request.request.method).toBe('GET');
    request.flush({ role: 'parent', email: 'p@example.nl', expiresAt: '2026-05-01T10:00:00Z' });
    await expect(info).resolves.toMatchObject({ role: 'parent' });
  });

  it("posts the member and e-mail address to the case's invitations", () => {
    api.create('c1', { memberId: 'm1', email: 'p@example.nl' }).subscribe();
    const request = http.expectOne('/api/v1/cases/c1/invitations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ memberId: 'm1', email: 'p@example.nl' });
    request.flush({ id: 'i1', expiresAt: '2026-05-01T10:00:00Z' });
  });
});
