import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { bakker, detail, signIn } from '../../testing/fixtures';
import { RequestPage } from './request.page';

describe('RequestPage', () => {
  let fixture: ComponentFixture<RequestPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeEach(async () => {
    http = await signIn('coordinator');
    fixture = TestBed.createComponent(RequestPage);
    fixture.componentRef.setInput('gezin', 'c1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/c1').flush(bakker);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const hasField = async (label: string) =>
    (await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: label }))).length > 0;
  const type = async (label: string, value: string) =>
    ((await (await field(label)).getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  const check = async (label: string) =>
    (await loader.getHarness(MatCheckboxHarness.with({ label }))).check();
  const submit = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Aanvraag indienen' }))).click();

  async function chooseMoment(moment: string): Promise<void> {
    const select = (await (await field('Moment')).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: moment });
  }

  it('is headed "Tafel aanvragen" for the family of the query parameter', () => {
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Tafel aanvragen');
    expect(element.textContent).toContain('Voor gezin Bakker (TW-2026-00001)');
  });

  it('asks a toeleiding for the voluntary help and the familiegroepsplan, and sends nothing without them', async () => {
    expect(await hasField('Welke vrijwillige hulp is geprobeerd?')).toBe(false);
    await chooseMoment('Toeleiding');
    await type('Reden van de aanvraag', 'Zorgen over de veiligheid van de kinderen');
    await type('Reactie van de ouders', 'Wij willen meewerken');
    await submit();

    http.expectNone({ method: 'POST' });
    expect(await (await field('Welke vrijwillige hulp is geprobeerd?')).getTextErrors()).toEqual([
      'Vul in welke vrijwillige hulp is geprobeerd.',
    ]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Kies ja of nee.');
  });

  it('does not ask an afschaling for help tried or a familiegroepsplan', async () => {
    await chooseMoment('Afschaling');
    expect(await hasField('Welke vrijwillige hulp is geprobeerd?')).toBe(false);
    expect(await loader.getAllHarnesses(MatRadioButtonHarness)).toHaveLength(0);
  });

  it('swaps the parents’ reaction for the reason they could not be reached', async () => {
    expect(await hasField('Reactie van de ouders')).toBe(true);
    expect(await hasField('Waarom waren de ouders niet bereikbaar?')).toBe(false);
    await check('Ouders waren niet bereikbaar');
    expect(await hasField('Reactie van de ouders')).toBe(false);
    expect(await hasField('Waarom waren de ouders niet bereikbaar?')).toBe(true);
  });

  it('sends only the fields of the moment, trimmed, and opens the new tafel', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await chooseMoment('Toeleiding');
    await type('Reden van de aanvraag', '  Zorgen over de veiligheid van de kinderen ');
    await type('Welke vrijwillige hulp is geprobeerd?', 'Gezinscoach sinds maart');
    await (await loader.getHarness(MatRadioButtonHarness.with({ label: 'Nee' }))).check();
    await type('Reactie van de ouders', 'Eerst ging het goed');
    await check('Ouders waren niet bereikbaar');
    await type('Waarom waren de ouders niet bereikbaar?', 'Drie keer gebeld, geen antwoord');
    await check('Ouders geven toestemming om gegevens te delen met de tafelpartners');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/tafels' });
    expect(request.request.body).toEqual({
      caseId: 'c1',
      momentType: 'toeleiding',
      reason: 'Zorgen over de veiligheid van de kinderen',
      voluntaryHelpTried: 'Gezinscoach sinds maart',
      familiegroepsplanOffered: false,
      parentsUnreachableReason: 'Drie keer gebeld, geen antwoord',
      consentToShare: true,
    });
    request.flush(detail({ id: 't9' }));
    expect(navigate).toHaveBeenCalledWith(['/tafels', 't9']);
  });

  it('shows the fields the API refused', async () => {
    await chooseMoment('Overdracht');
    await type('Reden van de aanvraag', 'Het raadsonderzoek is afgerond');
    await type('Reactie van de ouders', 'Wij zijn het niet eens');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/tafels' });
    expect(request.request.body).toEqual({
      caseId: 'c1',
      momentType: 'overdracht',
      reason: 'Het raadsonderzoek is afgerond',
      parentsReaction: 'Wij zijn het niet eens',
      consentToShare: false,
    });
    request.flush(
      {
        code: 'validation_failed',
        status: 400,
        invalidParams: [{ name: 'reason', reason: 'must be longer than or equal to 10 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Niet alle gegevens zijn goed ingevuld');
    expect(alert?.textContent).toContain(
      'Reden van de aanvraag: must be longer than or equal to 10 characters',
    );
  });
});
