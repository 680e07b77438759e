import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter, Router } from '@angular/router';
import { RegisterPage } from './register.page';

describe('RegisterPage', () => {
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let fixture: ComponentFixture<RegisterPage>;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(RegisterPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const form = () =>
    (fixture.componentInstance as unknown as { form: import('./register-form').RegisterForm }).form;
  const submit = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Gezin registreren' }))).click();

  it('sends nothing while the form is incomplete', async () => {
    await submit();
    http.expectNone('/api/v1/cases');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('creates the case, then adds each person in order, then opens the family', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Kind toevoegen' }))).click();
    form().patchValue({ familyName: 'Mulder', gemeente: 'Almelo' });
    form().controls.members.at(0).patchValue({ firstName: 'Ilse', lastName: 'Mulder' });
    form()
      .controls.members.at(1)
      .patchValue({ firstName: 'Noah', lastName: 'Mulder', birthDate: '2016-05-04' });
    await submit();
    const create = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
    expect(create.request.body).toEqual({ familyName: 'Mulder', gemeente: 'Almelo' });
    create.flush({ id: 'c9' });
    const parent = http.expectOne({ method: 'POST', url: '/api/v1/cases/c9/members' });
    expect(parent.request.body).toMatchObject({ kind: 'parent', firstName: 'Ilse', custody: true });
    parent.flush({ id: 'c9' });
    const child = http.expectOne({ method: 'POST', url: '/api/v1/cases/c9/members' });
    expect(child.request.body).toMatchObject({ kind: 'child', firstName: 'Noah', birthDate: '2016-05-04' });
    child.flush({ id: 'c9' });
    expect(navigate).toHaveBeenCalledWith(['/gezinnen', 'c9']);
  });

  it('keeps the registered family and links to it when a person is refused', async () => {
    form().patchValue({ familyName: 'Mulder', gemeente: 'Almelo' });
    form().controls.members.at(0).patchValue({ firstName: 'Ilse', lastName: 'Mulder' });
    await submit();
    http.expectOne({ method: 'POST', url: '/api/v1/cases' }).flush({ id: 'c9' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/cases/c9/members' })
      .flush({ title: 'Invalid', status: 400 }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(navigate).not.toHaveBeenCalled();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a[href="/gezinnen/c9"]');
    expect(link).not.toBeNull();
    // A second click registers no second family.
    await submit();
    http.expectNone('/api/v1/cases');
  });
});
