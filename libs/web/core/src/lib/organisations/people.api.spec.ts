import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PeopleApi } from './people.api';

describe('PeopleApi', () => {
  it('searches by name, with only the filters given', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(PeopleApi);
    const http = TestBed.inject(HttpTestingController);
    api.search({ q: ' Smit ', organisationType: 'raad' }).subscribe();
    http.expectOne('/api/v1/people?q=Smit&organisationType=raad').flush([]);
    api.search({ q: 'Jo', role: 'chair' }).subscribe();
    http.expectOne('/api/v1/people?q=Jo&role=chair').flush([]);
    http.verify();
  });
});
