import { Browser, Page } from 'playwright-core';
import { launchBrowser, login, wcagViolations } from '../support/browser';
import { readMails } from '../support/mailbox';

const NEW_EMAIL = 'nieuwe.voorzitter@example.nl';
const NEW_NAME = 'Ilse Nieuwenhuis';

/**
 * The functional administrator: creates an account (the person gets a mail without content),
 * deactivates it, and clears the second factor of a jeugdbeschermer who lost their phone. Other
 * tests' accounts are left alone (the jeugdbeschermer logs in without a code afterwards in demo mode).
 */
describe('the administrator manages accounts', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  });
  afterAll(() => browser.close());

  const account = (name: string) => page.getByRole('listitem').filter({ hasText: name });

  it('lands on the accounts, with organisations and settings beside them', async () => {
    await login(page, 'beheer@tafel.example');
    await page.waitForURL('**/beheer/gebruikers');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await account('Rik Huttenhuis').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page
      .getByText(
        'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele CHILD_AGE_THRESHOLD)',
      )
      .first()
      .waitFor();
    // Dutch words for the administrator: no file of the code, no English source labels.
    expect(await page.locator('main').textContent()).not.toMatch(/\.ts\b|environment|code:|chair/);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('button', { name: 'Wijzigen Veilig Thuis Twente' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Gebruikers' }).click();
  });

  it('creates an account; the invitation mail names nobody', async () => {
    const before = readMails().length;
    await page.getByLabel('Naam', { exact: true }).fill(NEW_NAME);
    await page.getByLabel('E-mailadres', { exact: true }).fill(NEW_EMAIL);
    await page.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Voorzitter' }).click();
    await page.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: 'Veilig Thuis Twente' }).click();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText(`Account voor ${NEW_NAME} aangemaakt`).waitFor();
    await account(NEW_NAME).getByText('Uitgenodigd, nog geen wachtwoord').waitFor();

    const deadline = Date.now() + 10_000;
    while (readMails().length === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const mail = readMails()[readMails().length - 1];
    expect(mail).toContain(NEW_EMAIL);
    expect(mail).toMatch(/uitnodiging\/[A-Za-z0-9_-]+/);
    expect(mail).not.toMatch(/Ilse|Nieuwenhuis|Voorzitter|Veilig Thuis/);
  });

  it('deactivates that account after asking', async () => {
    await account(NEW_NAME)
      .getByRole('button', { name: `Deactiveren ${NEW_NAME}` })
      .click();
    const ask = page.getByRole('dialog', { name: `${NEW_NAME} deactiveren?` });
    await ask.getByText('wordt nu overal uitgelogd').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Deactiveren', exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByText(`${NEW_NAME} is gedeactiveerd`).waitFor();
    await account(NEW_NAME).getByText('Gedeactiveerd').waitFor();
    expect(await account(NEW_NAME).getByRole('button').count()).toBe(0);
  });

  it('clears the second factor of a jeugdbeschermer', async () => {
    await page.getByLabel('Zoek op naam of e-mailadres').fill('Huttenhuis');
    const rik = account('Rik Huttenhuis');
    await rik.getByText('Actief, met tweestapsverificatie').waitFor();
    await rik.getByRole('button', { name: 'Tweestapsverificatie wissen van Rik Huttenhuis' }).click();
    const ask = page.getByRole('dialog', { name: 'Tweestapsverificatie van Rik Huttenhuis wissen?' });
    await ask.getByRole('button', { name: 'Wissen', exact: true }).click();
    await page.getByText('De tweestapsverificatie van Rik Huttenhuis is gewist').waitFor();
    await rik.getByText(/^Actief$/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
