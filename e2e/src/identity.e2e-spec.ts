import { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, launchBrowser, login, searchFamily, wcagViolations } from '../support/browser';
import { readMails } from '../support/mailbox';

/**
 * Identity end to end: a professional logs in with TOTP, invites the father of the Bakker family
 * (he has no account yet), and the father accepts the invitation from the e-mail and sees who
 * looked at his family's file.
 */
describe('logging in with two factors, and a parent accepting an invitation', () => {
  let browser: Browser;
  let coordinator: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await browser.newContext({ locale: 'nl-NL' });
  });
  afterAll(() => browser.close());

  it('asks a professional for the authenticator code after the password', async () => {
    const page = await coordinator.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('E-mailadres').fill('regievoerder.enschede@tafel.example');
    await page.getByLabel('Wachtwoord').fill('tafel-demo-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByLabel('Verificatiecode').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Verificatiecode').fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).not.toContain('/gezinnen');
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
  });

  it('lets the coordinator invite a parent without an account, by a mail without case content', async () => {
    const page = coordinator.pages()[0];
    await searchFamily(page, 'Bakker');
    await page.getByRole('link', { name: /TW-/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Bakker/ }).waitFor();
    const before = readMails().length;
    await page.getByRole('button', { name: /Uitnodigen.*Mark/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mailadres').fill('mark.devries@example.nl');
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The page says where the invitation stands, without a reload, and offers to send it again.
    await page.getByText(/Uitgenodigd op \d{1,2} \w+ \d{4}, de link werkt tot \d{1,2} \w+ \d{4}/).waitFor();
    await page.getByRole('button', { name: /Opnieuw uitnodigen.*Mark/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    const deadline = Date.now() + 10_000;
    while (readMails().length === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const mail = readMails()[readMails().length - 1];
    expect(mail).toContain('mark.devries@example.nl');
    expect(mail).not.toMatch(/Bakker|Daan|Mila|TW-\d/);
  });

  it('lets the parent accept the invitation and see who looked at the file', async () => {
    const mail = readMails()
      .reverse()
      .find((m) => m.includes('mark.devries@example.nl')) as string;
    const link = /https?:\/\/[^\s]+\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail.replace(/=\r?\n/g, ''))?.[0];
    expect(link).toBeDefined();
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await page.goto(link as string);
    await page.getByRole('heading', { level: 1, name: 'Account aanmaken' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een-lang-wachtwoord-2026');
    await page.getByLabel('Herhaal wachtwoord').fill('een-lang-wachtwoord-2026');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL((u) => !u.pathname.includes('/uitnodiging/'));

    await page.getByRole('link', { name: 'Wie keek in mijn dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie heeft uw dossier bekeken?' }).waitFor();
    await page.getByText('Marloes ter Brake').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await phone.close();
  });
});
