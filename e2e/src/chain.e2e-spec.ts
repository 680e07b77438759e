import { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, baseUrl, launchBrowser, login, wcagViolations } from '../support/browser';

/**
 * The chain after the tafel in the browser: a coordinator registers a family and adds a child; a GI
 * worker reads what the overdracht of the Mulder family (seeded for this file alone) is, accepts it,
 * takes regie and records the court's OTS, which the keten page then shows as a measure.
 * Works with its own families only: Borne's new family and Mulder in Almelo.
 */
describe('the chain: registering a family and accepting an overdracht', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const phone = async (email: string): Promise<Page> => {
    const context = await browser.newContext(PHONE);
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

  it('lets a GI worker see what the overdracht is, accept it, and record the OTS that the keten page shows', async () => {
    const page = await phone('gi@tafel.example');
    await page.goto(`${baseUrl()}/gezinnen`);
    await page.getByRole('link', { name: 'Overdrachten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overdrachten' }).waitFor();
    const accept = page.getByRole('button', { name: /^Accepteren\s?: TW-/ });
    await accept.waitFor().catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
    });
    expect(await accept.count()).toBe(1);
    // Not blind: the family, its gemeente, who sent it from where, and the tafel decision behind it.
    const item = page.getByRole('listitem').filter({ has: accept });
    await item.getByRole('heading', { name: 'Gezin Mulder' }).waitFor();
    const details = (await item.textContent()) ?? '';
    expect(details).toContain('Almelo');
    expect(details).toMatch(/Verstuurd door.*\(/);
    expect(details).toContain('Besluit van de tafel (Overdracht)');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Regie naar' }).fill('Rik');
    await page.getByRole('option', { name: /Rik Huttenhuis/ }).click();
    await accept.click();
    await page.getByText(/heeft nu de regie/).waitFor();
    await page.getByText('Er wachten geen overdrachten op uw organisatie.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Naar gezin Mulder' }).click();
    await page.getByRole('heading', { level: 1, name: /Mulder/ }).waitFor();
    await expect(page.getByRole('region', { name: 'Regievoerder' }).textContent()).resolves.toContain(
      'Rik Huttenhuis',
    );
    expect(await wcagViolations(page)).toEqual([]);

    // The court's ruling, on a phone: every field full width, the hint in its own space.
    await page.getByRole('link', { name: 'Keten en professionals' }).click();
    await page.getByRole('heading', { level: 1, name: /Keten van gezin Mulder/ }).waitFor();
    const measures = page.getByRole('region', { name: 'Maatregelen' });
    await measures.getByText('Er is (nog) geen maatregel van de kinderrechter.').waitFor();
    const choose = async (label: string, option: string) => {
      await page.getByRole('combobox', { name: label }).click({ force: true });
      await page.getByRole('option', { name: option }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    };
    // The acceptance's confirmation is read: close it (on a phone it lies over the form).
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByText(/heeft nu de regie/).waitFor({ state: 'detached' });
    await choose('Mijlpaal', 'Uitspraak van de kinderrechter');
    await choose('Maatregel', 'Ondertoezichtstelling (OTS)');
    await choose('Voor welk kind', 'Noah Mulder');
    await page.getByLabel('Duur in maanden').fill('12');
    await choose('Gecertificeerde instelling', 'Jeugdbescherming Overijssel');
    const hint = await page.getByText('Een OTS duurt hoogstens 12 maanden, een VOTS 3.').boundingBox();
    const giLabel = await page
      .locator('mat-form-field mat-label', { hasText: 'Gecertificeerde instelling' })
      .boundingBox();
    const giField = await page
      .locator('mat-form-field', { has: page.getByRole('combobox', { name: 'Gecertificeerde instelling' }) })
      .boundingBox();
    expect((hint?.y ?? 0) + (hint?.height ?? 0)).toBeLessThanOrEqual(giLabel?.y ?? 0);
    expect(giField?.width ?? 0).toBeGreaterThan(300);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mijlpaal vastleggen' }).click();
    await page.getByText('De mijlpaal staat op de tijdlijn.').waitFor();

    await measures.getByText('Ondertoezichtstelling (OTS)').waitFor();
    const card = (await measures.textContent()) ?? '';
    expect(card).toContain('Noah Mulder');
    expect(card).toContain('Jeugdbescherming Overijssel');
    expect(card).toMatch(/nog 1[12] maanden/);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
