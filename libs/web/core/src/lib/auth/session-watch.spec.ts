import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionInfo } from '@tafel/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { sessionActivityInterceptor, SessionWatch } from './session-watch';

describe('SessionWatch', () => {
  let watch: SessionWatch;
  let http: HttpTestingController;
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionActivityInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    watch = TestBed.inject(SessionWatch);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => jest.useRealTimers());

  async function answer(info: SessionInfo): Promise<SessionInfo | null> {
    const refreshed = watch.refresh();
    http.expectOne('/api/v1/auth/session').flush(info);
    return refreshed;
  }

  it('warns a minute before the session ends, not earlier', async () => {
    await answer({ idleExpiresAt: at(5 * 60_000), expiresAt: at(8 * 3_600_000), idleSeconds: 900 });
    jest.advanceTimersByTime(3 * 60_000);
    expect(watch.endsAt()).toBeNull();
    jest.advanceTimersByTime(60_000 + 1);
    expect(watch.endsAt()).not.toBeNull();
  });

  it('moves the idle end on with every API answer, but never past the absolute end', async () => {
    await answer({ idleExpiresAt: at(2 * 60_000), expiresAt: at(10 * 60_000), idleSeconds: 900 });
    jest.advanceTimersByTime(60_000);
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/cases'));
    http.expectOne('/api/v1/cases').flush([]);
    await call;
    jest.advanceTimersByTime(7 * 60_000);
    expect(watch.endsAt()).toBeNull();
    jest.advanceTimersByTime(60_000 + 1); // one minute before the absolute end
    expect(watch.endsAt()).not.toBeNull();
  });

  it('"Blijf ingelogd" ends the warning when the API gives the session more time', async () => {
    await answer({ idleExpiresAt: at(30_000), expiresAt: at(3_600_000), idleSeconds: 900 });
    expect(watch.endsAt()).not.toBeNull();
    const stayed = watch.stay();
    http
      .expectOne('/api/v1/auth/session')
      .flush({ idleExpiresAt: at(900_000), expiresAt: at(3_600_000), idleSeconds: 900 });
    expect(await stayed).toBe(true);
    expect(watch.endsAt()).toBeNull();
  });

  it('cannot stay beyond the absolute end', async () => {
    await answer({ idleExpiresAt: at(30_000), expiresAt: at(30_000), idleSeconds: 900 });
    const stayed = watch.stay();
    http
      .expectOne('/api/v1/auth/session')
      .flush({ idleExpiresAt: at(29_000), expiresAt: at(29_000), idleSeconds: 900 });
    expect(await stayed).toBe(false);
  });
});
