import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { noApiWhilePrerendering } from './prerender';

describe('noApiWhilePrerendering', () => {
  const setUp = (platform: string) => {
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: platform },
        provideHttpClient(withInterceptors([noApiWhilePrerendering])),
        provideHttpClientTesting(),
      ],
    });
    return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
  };

  it('sends nothing while prerendering: the call completes without an answer', async () => {
    const { http, backend } = setUp('server');
    await expect(firstValueFrom(http.get('/api/v1/cases'), { defaultValue: 'none' })).resolves.toBe('none');
    backend.verify();
  });

  it('leaves calls in the browser alone', async () => {
    const { http, backend } = setUp('browser');
    const answer = firstValueFrom(http.get('/api/v1/cases'));
    backend.expectOne('/api/v1/cases').flush({ items: [] });
    await expect(answer).resolves.toEqual({ items: [] });
  });
});
