import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MomentType, Organisation, PlanGoal, PlanOverview, TafelDetail } from '@tafel/shared/contracts';
import { addDays, amsterdamWallClock } from '@tafel/web/ui';
import { bakker, detail, signIn } from '../../../testing/fixtures';
import { DecisionForm } from './decision-form';
import { monthsAfter } from './decision-rules';

const organisations: Organisation[] = [
  { id: 'o-jbo', name: 'Jeugdbescherming Overijssel', type: 'gi', gemeente: null, parentId: null },
  { id: 'o-wsg', name: 'William Schrikker Stichting', type: 'gi', gemeente: null, parentId: null },
  { id: 'o-raad', name: 'Raad voor de Kinderbescherming', type: 'raad', gemeente: null, parentId: null },
  { id: 'o-school', name: 'Het Stedelijk Lyceum', type: 'school', gemeente: null, parentId: null },
  { id: 'o-wt-ens', name: 'Wijkteam Enschede', type: 'wijkteam', gemeente: 'Enschede', parentId: null },
  { id: 'o-wt-hgl', name: 'Wijkteam Hengelo', type: 'wijkteam', gemeente: 'Hengelo', parentId: null },
];

describe('DecisionForm', () => {
  let fixture: ComponentFixture<DecisionForm>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const emitted: TafelDetail[] = [];
  const today = amsterdamWallClock(new Date()).date;

  async function render(momentType: MomentType, goals: PlanGoal[] = []): Promise<void> {
    http = await signIn('chair');
    fixture = TestBed.createComponent(DecisionForm);
    fixture.componentRef.setInput('tafel', detail({ momentType, status: 'scheduled' }));
    fixture.componentRef.setInput('theCase', bakker);
    fixture.componentInstance.changed.subscribe((tafel) => emitted.push(tafel));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/organisations').flush(organisations);
    const plan = { caseId: 'c1', draft: { goals }, versions: [], attachments: [] } as unknown as PlanOverview;
    http.expectOne('/api/v1/cases/c1/plan').flush(plan);
    await fixture.whenStable();
  }

  beforeEach(() => (emitted.length = 0));
  afterEach(() => http.verify());

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const select = async (label: string) =>
    (await (await field(label)).getControl(MatSelectHarness)) as MatSelectHarness;
  const type = async (label: string, value: string) =>
    ((await (await field(label)).getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  async function choose(label: string, option: string | RegExp): Promise<void> {
    const control = await select(label);
    await control.open();
    await control.clickOptions({ text: option });
  }
  async function optionTexts(label: string): Promise<string[]> {
    const control = await select(label);
    await control.open();
    const texts = await Promise.all((await control.getOptions()).map((o) => o.getText()));
    await control.close();
    return texts;
  }
  const submit = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Besluit vastleggen' }))).click();
  /** The decision closes the tafel: nothing is sent before the chair confirms it in the dialog. */
  async function confirm(): Promise<void> {
    http.expectNone({ method: 'POST' });
    const dialog = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Vastleggen en afsluiten' }))).click();
  }

  async function fillTheRest(): Promise<void> {
    await type('Onderbouwing', 'De ouders werken mee aan het plan');
    await (await loader.getHarness(MatRadioButtonHarness.with({ label: 'Eens' }))).check();
    await type('Reactie van de ouders', 'We gaan het proberen');
    await choose('Hoe is het kind gehoord?', 'Schriftelijk');
  }

  it('offers a toeleiding only its three decisions', async () => {
    await render('toeleiding');
    expect(await optionTexts('Besluit')).toEqual([
      'Geen raadsonderzoek: de vrijwillige hulp gaat door',
      'Drang: onderzoek uitgesteld onder voorwaarden',
      'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming',
    ]);
  });

  it('offers an afschaling only ending the measure or the GI asking the court to extend it', async () => {
    await render('afschaling');
    expect(await optionTexts('Besluit')).toEqual([
      'Maatregel beëindigen',
      'De GI vraagt de kinderrechter om verlenging',
    ]);
  });

  it('asks a deadline only for drang, and refuses one more than six months ahead', async () => {
    await render('toeleiding');
    await choose('Besluit', /^Geen raadsonderzoek/);
    expect(
      await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Termijn' })),
    ).toHaveLength(0);

    await choose('Besluit', /^Drang/);
    await fillTheRest();
    await submit();
    http.expectNone({ method: 'POST' });
    expect(await (await field('Termijn')).getTextErrors()).toEqual(['Vul de termijn in.']);

    await type('Termijn', addDays(monthsAfter(today, 6), 1));
    await submit();
    http.expectNone({ method: 'POST' });
    expect(await (await field('Termijn')).getTextErrors()).toEqual([
      'De termijn mag hoogstens 6 maanden vooruit liggen.',
    ]);

    const deadline = monthsAfter(today, 3);
    await type('Termijn', deadline);
    await submit();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain(
      'Besluit: Drang: onderzoek uitgesteld onder voorwaarden.',
    );
    await confirm();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/decision' });
    expect(request.request.body).toEqual({
      decision: 'conditional',
      rationale: 'De ouders werken mee aan het plan',
      parentsView: 'agree',
      parentsViewText: 'We gaan het proberen',
      childHeard: 'in_writing',
      conditionsDeadline: deadline,
      agreements: [],
    });
    request.flush(detail({ status: 'concluded' }));
    await fixture.whenStable(); // the dialog closes with the answer
    expect(emitted.map((t) => t.status)).toEqual(['concluded']);
  });

  it('asks an overdracht to GI for one of the GIs, and sends agreements with one owner each', async () => {
    await render('overdracht');
    await choose('Besluit', 'Overdracht aan een gecertificeerde instelling');
    expect(await optionTexts('Gecertificeerde instelling')).toEqual([
      'Jeugdbescherming Overijssel',
      'William Schrikker Stichting',
    ]);
    await choose('Gecertificeerde instelling', 'William Schrikker Stichting');
    await fillTheRest();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Afspraak toevoegen' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Afspraak toevoegen' }))).click();
    const owners = await loader.getAllHarnesses(
      MatSelectHarness.with({ selector: '[formControlName="owner"]' }),
    );
    await owners[0].open();
    const ownerTexts = await Promise.all((await owners[0].getOptions()).map((o) => o.getText()));
    expect(ownerTexts).toEqual([
      'Sanne Bakker',
      'Daan Bakker',
      'Regievoerder (Marloes ter Brake)',
      'Jeugdbescherming Overijssel',
      'William Schrikker Stichting',
      'Raad voor de Kinderbescherming',
      'Wijkteam Enschede',
    ]);
    await owners[0].clickOptions({ text: 'Sanne Bakker' });
    await owners[1].open();
    await owners[1].clickOptions({ text: /^Regievoerder/ });
    const whats = await loader.getAllHarnesses(
      MatInputHarness.with({ selector: '[formControlName="what"]' }),
    );
    const dues = await loader.getAllHarnesses(
      MatInputHarness.with({ selector: '[formControlName="dueDate"]' }),
    );
    await whats[0].setValue('Sanne belt de school over Daan');
    await dues[0].setValue('2027-01-15');
    await whats[1].setValue('Gezinscoach blijft betrokken');
    await dues[1].setValue('2027-02-01');
    await submit();
    await confirm();

    const body = http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/decision' }).request.body;
    expect(body).toMatchObject({ decision: 'handover_to_gi', giOrganisationId: 'o-wsg' });
    expect(body).not.toHaveProperty('conditionsDeadline');
    expect(body.agreements).toEqual([
      { ownerMemberId: 'm-sanne', what: 'Sanne belt de school over Daan', dueDate: '2027-01-15' },
      { ownerUserId: 'u-coord', what: 'Gezinscoach blijft betrokken', dueDate: '2027-02-01' },
    ]);
  });

  it("lets an agreement serve one of the plan's goals, or none", async () => {
    await render('toeleiding', [
      { id: 'g1', text: 'Daan gaat elke dag naar school.' },
      { id: 'g2', text: 'Er is rust in huis.' },
    ]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Afspraak toevoegen' }))).click();
    expect(await optionTexts('Doel in het plan (niet verplicht)')).toEqual([
      'Geen doel',
      'Daan gaat elke dag naar school.',
      'Er is rust in huis.',
    ]);
    await choose('Doel in het plan (niet verplicht)', 'Er is rust in huis.');
    await choose('Wie', 'Sanne Bakker');
    await type('Wat', 'Sanne belt de school over Daan');
    await type('Uiterlijk', '2027-01-15');
    await choose('Besluit', /^Geen raadsonderzoek/);
    await fillTheRest();
    await submit();
    await confirm();

    const body = http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/decision' }).request.body;
    expect(body.agreements).toEqual([
      {
        ownerMemberId: 'm-sanne',
        what: 'Sanne belt de school over Daan',
        dueDate: '2027-01-15',
        goalId: 'g2',
      },
    ]);
  });

  it('offers no goal when the plan has none', async () => {
    await render('toeleiding');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Afspraak toevoegen' }))).click();
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: /Doel/ }))).toEqual([]);
  });
});
