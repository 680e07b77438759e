import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, wcagViolations } from '../support/browser';

/** The pages the build prerenders (apps/web/src/app/app.routes.server.ts), with text their HTML must hold. */
const PAGES: [path: string, texts: string[]][] = [
  ['/login', ['<title>Inloggen – Tafel</title>', 'Inloggen</h1>', 'Log in met het e-mailadres']],
  ['/en/login', ['<title>Sign in – Tafel</title>', 'lang="en"', 'Sign in</h1>']],
  ['/gezinnen', ['<title>Gezinnen – Tafel</title>', 'Gezinnen</h1>', 'Gezinnen worden geladen…']],
  ['/mijn-gezin', ['<title>Mijn gezin – Tafel</title>', 'Mijn gezin</span>', 'we halen de gegevens op']],
];

/**
 * A phone on a slow connection sees these pages' heading and text before the app's JavaScript has
 * arrived: the HTML itself holds them, sent like the app's index (no-cache, compressed), with no inline
 * script for the CSP to refuse and no client data. Without JavaScript the frame is readable and accessible.
 */
/** Holds the app's module script until `release()`: meanwhile the page is its prerendered HTML alone. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const started = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/main-*.js', async (route) => {
    await started;
    await route.continue();
  });
  return release;
}

describe('prerendered pages', () => {
  const fetchPage = (path: string) =>
    fetch(`${baseUrl()}${path}`, { headers: { Accept: 'text/html', 'Accept-Encoding': 'br, gzip' } });

  it.each(PAGES)(
    'sends %s as HTML with its frame and text, revalidated and compressed',
    async (path, texts) => {
      const response = await fetchPage(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-encoding')).toBe('br');
      const html = await response.text();
      expect(html).toContain('ng-server-context="ssg"');
      for (const text of texts) expect(html).toContain(text);
      const inlineScripts = [...html.matchAll(/<script\b[^>]*>/g)]
        .map(([tag]) => tag)
        .filter((tag) => !/\ssrc=/.test(tag) && !/type="application\/json"/.test(tag));
      expect(inlineScripts).toEqual([]);
    },
  );

  it('holds no client data, and leaves other pages to the app', async () => {
    const cases = await (await fetchPage('/gezinnen')).text();
    expect(cases).not.toMatch(/TW-\d{4}-\d{5}|Bakker|mat-mdc-row|Uitgenodigd/);
    const other = await (await fetchPage('/tafels')).text();
    expect(other).not.toContain('ng-server-context');
    expect(other).toContain('Tafel wordt geladen');
  });

  describe('before the app runs', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser.close());

    it.each([
      ['/login', 'Inloggen'],
      ['/gezinnen', 'Gezinnen'],
      ['/mijn-gezin', 'Mijn gezin'],
    ])('shows %s with its heading, accessible', async (path, heading) => {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      // The app's scripts never arrive: what shows is the prerendered HTML alone.
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('keeps the login form, what a visitor typed into it and the cursor when the app takes over', async () => {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      const release = await holdAppScript(page);
      // The HTML is shown while the app's module script is held (DOMContentLoaded waits for it).
      await page.goto(`${baseUrl()}/login`, { waitUntil: 'commit' });
      await page.getByLabel('E-mailadres').fill('ouder@tafel.example');
      await page.getByLabel('Wachtwoord').fill('tafel-demo-2026');
      const form = await page.evaluateHandle(() => document.querySelector('form'));
      release();
      // The app has taken over the field (Material marks a field it rendered on the server until then).
      await page.locator('input[formcontrolname="email"]:not(.mat-input-server)').waitFor();
      // Hydrated: the prerendered form is still the one in the page, not rebuilt.
      expect(await page.evaluate((kept) => kept === document.querySelector('form'), form)).toBe(true);
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('ouder@tafel.example');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('formcontrolname'))).toBe(
        'password',
      );
      // The form controls hold it too: Enter signs in.
      await page.keyboard.press('Enter');
      await page.waitForURL('**/mijn-gezin');
      await page.context().close();
    });

    it('signs in with a form sent before the app runs, once the app has taken over', async () => {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      const release = await holdAppScript(page);
      await page.goto(`${baseUrl()}/login`, { waitUntil: 'commit' });
      await page.getByLabel('E-mailadres').fill('ouder@tafel.example');
      await page.getByLabel('Wachtwoord').fill('tafel-demo-2026');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      // Not sent natively: the page is not reloaded, and what was typed stays.
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('ouder@tafel.example');
      release();
      await page.waitForURL('**/mijn-gezin');
      await page.context().close();
    });

    it('carries a filter chosen in the prerendered case list into the app', async () => {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      await login(page, 'regievoerder.enschede@tafel.example');
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      const release = await holdAppScript(page);
      // A fresh load of the prerendered frame, shown while the app's module script is held.
      await page.goto(`${baseUrl()}/gezinnen`, { waitUntil: 'commit' });
      await page.getByLabel('Gemeente').selectOption('Hengelo');
      release();
      await page.waitForURL((url) => url.searchParams.get('gemeente') === 'Hengelo');
      expect(await page.getByLabel('Gemeente').inputValue()).toBe('Hengelo');
      await page.context().close();
    });

    it("names its route's chunks for the browser to fetch at once, and the page uses every one", async () => {
      const preloads = (html: string) =>
        new Set(
          [...html.matchAll(/<link [^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(([, href]) => href),
        );
      const initial = preloads(await (await fetchPage('/tafels')).text());
      const routeChunks = [...preloads(await (await fetchPage('/mijn-gezin')).text())].filter(
        (href) => !initial.has(href),
      );
      expect(routeChunks.length).toBeGreaterThan(0);
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      await login(page, 'vader@tafel.example');
      await page.waitForURL('**/mijn-gezin');
      await page.getByText('we halen de gegevens op').waitFor({ state: 'detached' });
      // Every chunk the page named is one its own code imports, not a guess: the running app has it.
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)),
      );
      expect(routeChunks.filter((href) => !loaded.includes(href))).toEqual([]);
      await page.context().close();
    });

    it('logs no error in the console, from the HTML to the running app', async () => {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${baseUrl()}/login`);
      await page.locator('input[formcontrolname="email"]:not(.mat-input-server)').waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
