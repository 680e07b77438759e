import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CaseDetail, FamilyHome, TafelSummary } from '@tafel/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { FamilyData, loadFamilyData } from './family-data';

const tafel = (id: string, status: TafelSummary['status']): TafelSummary =>
  ({ id, status, startsAt: null, endsAt: null }) as TafelSummary;

describe('loadFamilyData', () => {
  let http: HttpTestingController;
  let load: () => Promise<FamilyData | null>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const loader = TestBed.runInInjectionContext(loadFamilyData);
    load = () => firstValueFrom(loader());
  });
  afterEach(() => http.verify());

  it('reads Mijn gezin in one request, with the adopted verslagen picked from the tafels', async () => {
    const family = { id: 'c1', familyName: 'Bakker' } as CaseDetail;
    const adopted = tafel('t2', 'minutes_adopted');
    const home: FamilyHome = {
      family,
      tafels: [tafel('t1', 'requested'), adopted],
      overview: null,
      version: null,
      agreements: [],
      measures: [],
    };
    const data = load();
    http.expectOne('/api/v1/me/family').flush(home);
    await expect(data).resolves.toMatchObject({ family, verslagen: [adopted], version: null });
  });

  it('says there is nothing yet when the reader is in no family', async () => {
    const data = load();
    http
      .expectOne('/api/v1/me/family')
      .flush({ family: null, tafels: [], overview: null, version: null, agreements: [], measures: [] });
    await expect(data).resolves.toBeNull();
  });
});
