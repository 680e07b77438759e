import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { unauthorizedInterceptor } from './unauthorized.interceptor';

describe('unauthorizedInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;
  let clear: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    clear = jest.spyOn(TestBed.inject(AuthStore), 'clear');
  });

  afterEach(() => http.verify());

  async function failWith(url: string, status: number): Promise<unknown> {
    const call = firstValueFrom(client.get(url)).catch((error: unknown) => error);
    http.expectOne(url).flush({ code: 'unauthenticated' }, { status, statusText: 'Error' });
    return call;
  }

  it('sends the user to /login when a call answers 401, and still fails the call', async () => {
    const error = await failWith('/api/v1/cases', 401);
    expect(error).toMatchObject({ status: 401 });
    expect(clear).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { terug: '/' } });
  });

  it('leaves a 401 on the login call to the login page', async () => {
    await failWith('/api/v1/auth/login', 401);
    expect(navigate).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it('does not redirect on other errors', async () => {
    const error = await failWith('/api/v1/cases', 403);
    expect(error).toMatchObject({ status: 403 });
    expect(navigate).not.toHaveBeenCalled();
  });
});
