import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, wcagViolations } from '../support/browser';

/**
 * A herbespreking scheduled entirely in the UI, without any id: the tafel page says which required
 * role is missing before the slots, the people picker finds the Raad's person by name, and every save
 * says what happened. The Hengelo coordinator registers the family first: a family of its own, whose tafels
 * no other browser test touches (the demo's families may already have the Raad at a tafel).
 */
describe('a coordinator schedules a herbespreking with a missing chain partner', () => {
  let browser: Browser;
  let page: Page;

  const confirmation = async (text: string) => {
    const bar = page.locator('mat-snack-bar-container').filter({ hasText: text });
    await bar.waitFor();
    return bar;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(page, 'regievoerder.hengelo@tafel.example');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${baseUrl()}/gezinnen`);
  });
  afterAll(() => browser.close());

  it('requests a herbespreking for a family the coordinator just registered', async () => {
    await page.getByRole('link', { name: 'Nieuw gezin registreren' }).click();
    await page.getByLabel('Achternaam van het gezin').fill('Oude Nijhuis');
    await page.getByRole('combobox', { name: 'Gemeente waar het gezin woont' }).click();
    await page.getByRole('option', { name: 'Hengelo' }).click();
    const parent = page.getByRole('group', { name: /Ouder of verzorger 1/ });
    await parent.getByLabel('Voornaam').fill('Ilse');
    await parent.getByLabel('Achternaam', { exact: true }).fill('Oude Nijhuis');
    await page.getByRole('button', { name: 'Gezin registreren' }).click();
    await page.getByRole('heading', { level: 1, name: /Oude Nijhuis/ }).waitFor();
    await page.getByRole('link', { name: 'Tafel aanvragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tafel aanvragen' }).waitFor();
    await page.getByRole('combobox', { name: 'Moment' }).click();
    await page.getByRole('option', { name: 'Herbespreking' }).click();
    await page
      .getByLabel('Reden van de aanvraag')
      .fill('De drangperiode loopt af: bespreken of de voorwaarden zijn nagekomen.');
    await page
      .getByLabel('Welke vrijwillige hulp is geprobeerd?')
      .fill('Gezinscoach en opvoedondersteuning.');
    const reaction = page.getByLabel('Reactie van de ouders');
    if (await reaction.count()) await reaction.fill('Wij willen laten zien dat het beter gaat.');
    await page.getByLabel('Ouders geven toestemming om gegevens te delen met de tafelpartners').check();
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.waitForURL(/\/tafels\/[0-9a-f-]{36}$/);
  });

  it('says before the slots that the Raad is still needed, with the picker right there', async () => {
    const scheduling = page.getByRole('region', { name: 'Inplannen' });
    const missing = scheduling.getByText('Nog nodig aan tafel: Raad voor de Kinderbescherming');
    await missing.waitFor();
    const choose = scheduling.getByRole('button', { name: /^Kies dit tijdstip/ }).first();
    await choose.waitFor();
    expect(await choose.isDisabled()).toBe(true);
    const [missingBox, slotBox] = await Promise.all([missing.boundingBox(), choose.boundingBox()]);
    expect(missingBox?.y ?? Infinity).toBeLessThan(slotBox?.y ?? 0);
    expect(await page.textContent('main')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('adds the Raad by name and organisation, and says so', async () => {
    const scheduling = page.getByRole('region', { name: 'Inplannen' });
    await scheduling
      .getByRole('combobox', { name: /Naam \(Raad voor de Kinderbescherming\)/ })
      .fill('Boswin');
    const option = page.getByRole('option', { name: /Anneke Boswinkel — Raad voor de Kinderbescherming/ });
    await option.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await option.click();
    await scheduling.getByRole('button', { name: 'Raad voor de Kinderbescherming toevoegen' }).click();
    await confirmation('Anneke Boswinkel zit nu aan tafel als Raad voor de Kinderbescherming.');
    await scheduling.getByText('Nog nodig aan tafel').waitFor({ state: 'detached' });
    const participants = page.getByRole('region', { name: 'Deelnemers' });
    await expect(participants.textContent()).resolves.toContain('Anneke Boswinkel');
  });

  it('books a slot, confirms when, and makes the changed meaning of the slots explicit', async () => {
    const scheduling = page.getByRole('region', { name: 'Inplannen' });
    const choose = scheduling.getByRole('button', { name: /^Kies dit tijdstip/ }).first();
    await choose.waitFor();
    expect(await choose.isEnabled()).toBe(true);
    await choose.click();
    await confirmation('De tafel is gepland op');
    const moved = page.getByRole('region', { name: 'Verplaatsen' });
    await moved.getByText(/De tafel is gepland op .* Kiest u hieronder een ander tijdstip/).waitFor();
    expect(await moved.getByRole('button', { name: /^Kies dit tijdstip/ }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
