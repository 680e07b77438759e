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

  async function failWith(url: string, status: number, code = 'unauthenticated'): Promise<unknown> {
    const call = firstValueFrom(client.get(url)).catch((error: unknown) => error);
    http.expectOne(url).flush({ code }, { status, statusText: 'Error' });
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

  it('leaves a wrong authenticator code to the page that asked for it', async () => {
    const error = await failWith('/api/v1/auth/totp/verify', 401, 'invalid_credentials');
    expect(error).toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it('sends the user back to /login without a return page when the partial session ends', async () => {
    jest.spyOn(TestBed.inject(Router), 'url', 'get').mockReturnValue('/tweestapsverificatie?terug=%2Fagenda');
    await failWith('/api/v1/auth/totp/enrolment', 401);
    expect(clear).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: {} });
  });

  it('does not redirect on other errors', async () => {
    const error = await failWith('/api/v1/cases', 403);
    expect(error).toMatchObject({ status: 403 });
    expect(navigate).not.toHaveBeenCalled();
  });
});
