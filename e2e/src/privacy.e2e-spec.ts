import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, wcagViolations } from '../support/browser';

/**
 * The privacy officer answers "who looked at family X?" by name and by case number, and reads the
 * rows in words (case number, family name, Dutch event names — a family listed on "Mijn gezinnen"
 * among them). Only reads: changes no demo data.
 */
describe('the privacy officer finds a family in the access log by name', () => {
  let browser: Browser;
  let page: Page;

  const results = () => page.locator('section[aria-labelledby="results-heading"]');

  /** Runs the search and waits for its own answer (the page loads the newest rows first). */
  async function runSearch(): Promise<string> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/access-log', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Zoeken' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: /gevonden/ })
      .waitFor();
    return (await results().textContent()) ?? '';
  }

  async function searchFamily(text: string): Promise<string> {
    await page.getByLabel('Gezin (naam of dossiernummer)').fill(text);
    return runSearch();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    // Someone must have looked at the Bakker family first: the mother opens her own file (a read only).
    const mother = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(mother, 'ouder@tafel.example');
    await mother.waitForURL((u) => !u.pathname.endsWith('/login'));
    expect((await mother.request.get(`${baseUrl()}/api/v1/cases`)).status()).toBe(200);
    await mother.context().close();
    // Veilig Thuis lands on "Mijn gezinnen", which lists the Bakker family (its norm): a dashboard.read.
    const vtt = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(vtt, 'vtt@tafel.example');
    await vtt.waitForURL('**/mijn-gezinnen');
    expect((await vtt.request.get(`${baseUrl()}/api/v1/dashboard`)).status()).toBe(200);
    await vtt.context().close();
    page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await login(page, 'privacy@tafel.example');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(`${baseUrl()}/toegangslog`);
    await page.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    // The newest rows load first; a search waits until that is done.
    await page
      .getByRole('button', { name: 'Zoeken' })
      .and(page.locator('[aria-busy="false"]'))
      .waitFor({ timeout: 60_000 });
  }, 90_000);
  afterAll(() => browser.close());

  it('finds the Bakker family by its name, with case number and events in words', async () => {
    const text = await searchFamily('Bakker');
    expect(text).toMatch(/Bakker \(TW-\d{4}-\d{5}\)/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    // Every event in words: no code such as `dashboard.read` or `access_log_searched`.
    expect(text).not.toMatch(/\b(case|tafel|plan|agreement|dashboard|admin)\.[a-z-]+|\b[a-z]+_[a-z_]+\b/);
    expect(text).toContain('Gezin getoond op "Mijn gezinnen"');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('finds the same family by its case number', async () => {
    const byName = await searchFamily('Bakker');
    const caseNumber = /TW-\d{4}-\d{5}/.exec(byName)?.[0] ?? 'TW-none';
    const byNumber = await searchFamily(caseNumber);
    expect(byNumber).toContain(`Bakker (${caseNumber})`);
    expect(byNumber).not.toContain('Niets gevonden');
  });

  it('logs each search itself', async () => {
    await searchFamily('Bakker');
    await page.getByLabel('Gezin (naam of dossiernummer)').fill('');
    await page.getByLabel('Gebruiker (naam of e-mail)').fill('privacy@tafel.example');
    expect(await runSearch()).toContain('Toegangslog doorzocht');
  });
});
