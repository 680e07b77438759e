import { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, searchFamily, wcagViolations } from '../support/browser';

/**
 * The chain after the tafel in the browser: a coordinator registers a family and adds a child; a GI
 * worker accepts the overdracht of the Mulder family (seeded for this file alone) and takes regie.
 * Works with its own families only: Borne's new family and Mulder in Almelo.
 */
describe('the chain: registering a family and accepting an overdracht', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const phone = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    contexts.push(context);
    const page = await context.newPage();
    await login(page, email);
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('lets a coordinator register a family with a parent and a child, on a phone', async () => {
    const page = await phone('regievoerder.borne@tafel.example');
    await page.goto(`${baseUrl()}/gezinnen`);
    await page.getByRole('link', { name: 'Nieuw gezin registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gezin registreren' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('Achternaam van het gezin').fill('Kleinhuis');
    // The floating label lies over the empty select on a phone: click through it.
    await page.getByRole('combobox', { name: 'Gemeente waar het gezin woont' }).click({ force: true });
    await page.getByRole('option', { name: 'Borne' }).click();
    const parent = page.getByRole('group', { name: /Ouder of verzorger 1/ });
    await parent.getByLabel('Voornaam').fill('Esther');
    await parent.getByLabel('Achternaam', { exact: true }).fill('Kleinhuis');
    await parent.getByLabel('Adres (niet verplicht)').fill('Grotestraat 12, Borne');
    await parent.getByLabel('Adres geheim houden voor de andere ouder').check();

    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    const child = page.getByRole('group', { name: /Kind 2/ });
    await child.getByLabel('Voornaam').fill('Jesse');
    await child.getByLabel('Achternaam', { exact: true }).fill('Kleinhuis');
    // A child needs a birth date: the form says so before anything is sent.
    await page.getByRole('button', { name: 'Gezin registreren' }).click();
    await child.getByText('Vul de geboortedatum van het kind in.').waitFor();
    await child.getByLabel('Geboortedatum').fill('2015-03-09');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gezin registreren' }).click();

    await page.getByRole('heading', { level: 1, name: /Kleinhuis/ }).waitFor();
    const members = page.getByRole('region', { name: 'Gezinsleden' });
    await members.getByText('Jesse Kleinhuis', { exact: true }).waitFor();
    await members.getByText('Esther Kleinhuis', { exact: true }).waitFor();
    await expect(page.getByRole('region', { name: 'Regievoerder' }).textContent()).resolves.toContain(
      'Regievoerder Borne',
    );
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Keten en professionals' }).click();
    await page.getByRole('heading', { level: 1, name: /Keten van gezin Kleinhuis/ }).waitFor();
    await page.getByRole('heading', { name: 'Fasegeschiedenis' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('lets a GI worker accept the overdracht, after which they hold regie', async () => {
    const page = await phone('gi@tafel.example');
    await page.goto(`${baseUrl()}/gezinnen`);
    await page.getByRole('link', { name: 'Overdrachten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overdrachten' }).waitFor();
    const accept = page.getByRole('button', { name: /^Accepteren\s?: TW-/ });
    await accept.waitFor().catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
    });
    expect(await accept.count()).toBe(1);
    const caseNumber = ((await accept.textContent()) ?? '').match(/TW-[\d-]+/)?.[0] ?? '';
    expect(caseNumber).not.toBe('');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Regie naar' }).fill('Rik');
    await page.getByRole('option', { name: /Rik Huttenhuis/ }).click();
    await accept.click();
    await page.getByText(/heeft nu de regie/).waitFor();
    await page.getByText('Er wachten geen overdrachten op uw organisatie.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await searchFamily(page, caseNumber);
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: /Mulder/ }).waitFor();
    await expect(page.getByRole('region', { name: 'Regievoerder' }).textContent()).resolves.toContain(
      'Rik Huttenhuis',
    );
    expect(await wcagViolations(page)).toEqual([]);
  });
});
