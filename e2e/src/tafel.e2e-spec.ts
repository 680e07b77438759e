import { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  launchBrowser,
  login,
  searchFamily,
  sidewaysOverflow,
  wcagViolations,
} from '../support/browser';

/** The Bakker family: regievoerder.enschede coordinates it, ouder@ is the mother (see the demo data). */
describe('a coordinator brings a family to the tafel', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
  });
  afterAll(() => browser.close());

  it('shows "Mijn tafels" with the requested toeleiding', async () => {
    await page.goto(`${baseUrl()}/tafels`);
    await page.getByRole('heading', { level: 1, name: 'Mijn tafels' }).waitFor();
    await page.getByRole('heading', { name: 'Aangevraagd' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('requests a tafel for a family from its case page', async () => {
    await page.goto(`${baseUrl()}/gezinnen`);
    await searchFamily(page, 'Bakker');
    await page.getByRole('link', { name: /TW-/ }).first().click();
    await page.getByRole('link', { name: 'Tafel aanvragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tafel aanvragen' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    expect(page.url()).toContain('/tafels/nieuw');
    // On a phone every field's label is readable in full, with its required asterisk (no "…").
    await page.setViewportSize({ width: 390, height: 844 });
    const cutOff = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('label.mdc-floating-label'))
        .filter((label) => label.scrollWidth > label.clientWidth)
        .map((label) => label.textContent?.trim()),
    );
    expect(cutOff).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('combobox', { name: 'Moment' }).click();
    await page.getByRole('option', { name: 'Toeleiding' }).click();
    await page
      .getByLabel('Reden van de aanvraag')
      .fill('Zorgen over de veiligheid van de kinderen na de scheiding.');
    await page
      .getByLabel('Welke vrijwillige hulp is geprobeerd?')
      .fill('Gezinscoach en opvoedondersteuning.');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page
      .getByLabel('Reactie van de ouders')
      .fill('Wij willen meedenken over een plan voor de kinderen.');
    await page.getByLabel('Ouders geven toestemming om gegevens te delen met de tafelpartners').check();
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.waitForURL(/\/tafels\/[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'Deelnemers' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('schedules the demo toeleiding into a proposed slot', async () => {
    await page.goto(`${baseUrl()}/tafels`);
    // The Bakker family's seeded request (six days old, the RvdK at the table), not the one just made.
    const requested = page.getByRole('link', { name: /Toeleiding — Gezin Bakker/ }).last();
    await requested.click();
    await page.getByRole('heading', { name: 'Inplannen' }).waitFor();
    const choose = page.getByRole('button', { name: /^Kies dit tijdstip/ }).first();
    await choose.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    // Not yet scheduled, so the wait below can only end once the choice is saved.
    expect(await page.locator('body').textContent()).not.toContain('Gepland');
    await choose.click();
    await page.waitForFunction(() => document.body.textContent?.includes('Gepland'));
  });

  it('shows the parent the invitation on a phone, in plain Dutch, and lets them answer', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const parent = await phone.newPage();
    await login(parent, 'ouder@tafel.example');
    await parent.getByRole('link', { name: 'Mijn gesprek' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Uw volgende gesprek' }).waitFor();
    await parent.getByText('Stadskantoor Enschede, spreekkamer 3').first().waitFor();
    expect(await wcagViolations(parent)).toEqual([]);
    await parent.getByRole('button', { name: 'Ik kom', exact: true }).click();
    // Wait until the answer is saved: pressed and no longer busy.
    await parent
      .getByRole('button', { name: 'Ik kom', exact: true, pressed: true })
      .and(parent.locator('[aria-busy="false"]'))
      .waitFor();
    await parent.getByText('U heeft laten weten dat u komt.').waitFor();
    // "Ik kom niet" asks, without demanding it, why and whether another moment would suit better.
    await parent.getByRole('button', { name: 'Ik kom niet', exact: true }).click();
    await parent.getByLabel('Wilt u zeggen waarom? (hoeft niet)').fill('Ik werk die ochtend.');
    await parent.getByRole('checkbox', { name: 'Ik wil graag een ander moment' }).check();
    await parent.getByRole('button', { name: 'Versturen' }).click();
    await parent.getByText('Verstuurd.').waitFor();
    expect(await wcagViolations(parent)).toEqual([]);
    const overflow = await sidewaysOverflow(parent);
    expect(overflow).toBeLessThanOrEqual(0);
    await parent.reload();
    await parent.getByLabel('Wilt u zeggen waarom? (hoeft niet)').waitFor();
    expect(await parent.getByLabel('Wilt u zeggen waarom? (hoeft niet)').inputValue()).toBe(
      'Ik werk die ochtend.',
    );
    await phone.close();
  });
});
