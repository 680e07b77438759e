import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { OrganisationsApi } from './organisations.api';

describe('OrganisationsApi', () => {
  it('asks the API once and shares the answer', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(OrganisationsApi);
    const http = TestBed.inject(HttpTestingController);
    const first = firstValueFrom(api.list());
    const second = firstValueFrom(api.list());
    http.expectOne('/api/v1/organisations').flush([{ id: 'o1', name: 'JBO', type: 'gi' }]);
    await expect(first).resolves.toHaveLength(1);
    await expect(second).resolves.toEqual([{ id: 'o1', name: 'JBO', type: 'gi' }]);
    http.verify();
  });
});
