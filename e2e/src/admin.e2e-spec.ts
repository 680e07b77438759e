import { Browser, Page } from 'playwright-core';
import { PHONE, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';
import { readMails } from '../support/mailbox';

const NEW_EMAIL = 'nieuwe.voorzitter@example.nl';
const NEW_NAME = 'Ilse Nieuwenhuis';
const EDITED_NAME = 'Ilse van Nieuwenhuis';

/**
 * The functional administrator: creates an account (the person gets a mail without content), edits,
 * deactivates and reactivates it, is warned (in numbers only) before deactivating a regievoerder of
 * families — on a phone too — and clears the second factor of a jeugdbeschermer who lost their phone. Other
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

  it('lands on the accounts, with organisations, settings and retention beside them', async () => {
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
    // The demo's families were closed within the last years: none is past its retention term yet.
    await page.getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByText('Er zijn geen dossiers voorbij de bewaartermijn.').waitFor();
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

  it('edits that account in the form above the list', async () => {
    await account(NEW_NAME)
      .getByRole('button', { name: `Wijzigen ${NEW_NAME}` })
      .click();
    await page.getByRole('heading', { name: `${NEW_NAME} wijzigen` }).waitFor();
    const name = page.getByLabel('Naam', { exact: true });
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill(EDITED_NAME);
    await page.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: 'Raad voor de Kinderbescherming' }).click();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`De gegevens van ${EDITED_NAME} zijn opgeslagen.`).waitFor();
    await account(EDITED_NAME).getByText('Voorzitter · Raad voor de Kinderbescherming').waitFor();
    await page.getByRole('heading', { name: 'Nieuw account' }).waitFor();
  });

  it('deactivates that account after asking, saying it carries no families or tafels', async () => {
    await account(EDITED_NAME)
      .getByRole('button', { name: `Deactiveren ${EDITED_NAME}` })
      .click();
    const ask = page.getByRole('dialog', { name: `${EDITED_NAME} deactiveren?` });
    await ask.getByText('wordt nu overal uitgelogd').waitFor();
    await ask.getByText('is geen regievoerder van een gezin').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Deactiveren', exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByText(`${EDITED_NAME} is gedeactiveerd`).waitFor();
    await account(EDITED_NAME).getByText('Gedeactiveerd').waitFor();
    expect(
      await account(EDITED_NAME)
        .getByRole('button', { name: /Deactiveren|wissen/ })
        .count(),
    ).toBe(0);
  });

  it('reactivates that account after asking', async () => {
    await account(EDITED_NAME)
      .getByRole('button', { name: `Weer activeren ${EDITED_NAME}` })
      .click();
    const ask = page.getByRole('dialog', { name: `${EDITED_NAME} weer activeren?` });
    await ask.getByText('kan daarna weer inloggen').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Weer activeren', exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByText(`${EDITED_NAME} is weer actief en kan inloggen.`).waitFor();
    await account(EDITED_NAME).getByText('Uitgenodigd, nog geen wachtwoord').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('on a phone, warns in numbers only before deactivating a regievoerder of families, and can go back', async () => {
    const phone = await (await browser.newContext(PHONE)).newPage();
    await login(phone, 'beheer@tafel.example');
    await phone.waitForURL('**/beheer/gebruikers');
    await phone.getByLabel('Zoek op naam of e-mailadres').fill('Regievoerder Tubbergen');
    const row = phone.getByRole('listitem').filter({ hasText: 'Regievoerder Tubbergen' });
    await row.getByText(/^Actief/).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(phone)).toEqual([]);

    await row.getByRole('button', { name: 'Deactiveren Regievoerder Tubbergen' }).click();
    const ask = phone.getByRole('dialog', { name: 'Regievoerder Tubbergen deactiveren?' });
    await ask
      .getByText('Let op: Regievoerder Tubbergen heeft nog werk dat iemand anders moet overnemen.')
      .waitFor();
    await ask.getByText(/^Regievoerder van gezinnen: [1-9]\d*\.$/).waitFor();
    // Numbers only: every paragraph is one of the question's own sentences, no family is named.
    const paragraphs = await ask.locator('mat-dialog-content p').allTextContents();
    for (const p of paragraphs)
      expect(p.trim()).toMatch(
        /^(Let op: .*|Regievoerder van gezinnen: \d+\.|(Voorzitter|Notulist) van tafels die nog niet zijn afgerond: \d+\.|Na het deactiveren .*|Vraag de regievoerder .*|Regievoerder Tubbergen wordt nu overal uitgelogd .*)$/,
      );
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(phone)).toEqual([]);
    await ask.getByRole('button', { name: 'Terug' }).click();
    await ask.waitFor({ state: 'detached' });
    await row.getByText(/^Actief/).waitFor();

    await row.getByRole('button', { name: 'Wijzigen Regievoerder Tubbergen' }).click();
    await phone.getByRole('heading', { name: 'Regievoerder Tubbergen wijzigen' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Niet wijzigen' }).click();
    await phone.context().close();
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
