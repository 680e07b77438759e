import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AdminUser } from '@tafel/shared/contracts';
import { Confirmation } from '@tafel/web/ui';
import { UsersPage } from './users.page';

const rik: AdminUser = {
  id: 'u1',
  email: 'gi@tafel.example',
  displayName: 'Rik Huttenhuis',
  role: 'professional',
  organisation: { id: 'o1', name: 'Jeugdbescherming Overijssel' },
  active: true,
  secondFactor: true,
  invitationOpen: false,
};

describe('UsersPage', () => {
  let http: HttpTestingController;
  let confirmed: string[];
  let fixture: ComponentFixture<UsersPage>;

  beforeEach(() => {
    confirmed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Confirmation, useValue: { show: (m: string) => confirmed.push(m) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** Past the search's pause (250 ms). */
  const pause = () => new Promise((resolve) => setTimeout(resolve, 300));

  async function render(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/organisations').flush([]);
    await pause();
    http.expectOne((r) => r.url === '/api/v1/admin/users').flush([rik]);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists accounts with their state, and resets a second factor with a confirmation', async () => {
    const element = await render();
    expect(element.textContent).toContain('Rik Huttenhuis');
    expect(element.textContent).toContain('Actief, met tweestapsverificatie');
    const reset = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Tweestapsverificatie wissen'),
    ) as HTMLButtonElement;
    reset.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/second-factor/reset' })
      .flush({ ...rik, secondFactor: false });
    await pause();
    expect(confirmed).toEqual([
      expect.stringContaining('De tweestapsverificatie van Rik Huttenhuis is gewist'),
    ]);
    fixture.detectChanges();
    await pause();
    http.expectOne((r) => r.url === '/api/v1/admin/users').flush([{ ...rik, secondFactor: false }]);
  }, 30_000);
});
