import { Browser, Page, Request } from 'playwright-core';
import { PHONE, baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

describe('a parent on a phone', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('logs in and sees only their own family, without horizontal scrolling', async () => {
    await login(page, 'ouder@tafel.example');
    await page
      .getByRole('heading', { level: 1, name: /Bakker/ })
      .or(page.getByRole('link', { name: /TW-/ }))
      .first()
      .waitFor();
    expect(await page.textContent('body')).not.toContain('Gezinnen');
    expect(await page.textContent('body')).not.toContain('Deurningerstraat');
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('cannot open a family it does not belong to', async () => {
    const res = await page.request.get(`${baseUrl()}/api/v1/cases?pageSize=100`);
    const body = (await res.json()) as { total: number };
    expect(body.total).toBe(1);
  });
});

describe("a parent writes the family's part of the next plan on a phone", () => {
  let browser: Browser;
  const ownWords = `Wij willen dat het thuis rustig is. Vader ziet Daan elke zaterdag (${Date.now()}).`;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it("writes only the family's own part on a family page, and the coordinator sees it in the draft", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await login(page, 'ouder@tafel.example');
    await page.waitForURL('**/mijn-gezin');
    await page.getByRole('link', { name: 'Schrijf mee aan het volgende plan' }).click();
    await page.waitForURL('**/mijn-gezin/plan');
    await page.getByRole('heading', { level: 1, name: 'Schrijf mee aan het plan' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Waar maken we ons zorgen over?' }).waitFor();
    // Not the professional editor: one field, no revisions, versions or "Dit deel schrijft de regievoerder".
    expect(await page.getByRole('textbox').count()).toBe(1);
    const body = await page.textContent('body');
    expect(body).not.toMatch(/Revisie|Vergelijken|Dit deel schrijft de regievoerder/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Wat vindt het gezin zelf?' }).fill(ownWords);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen. Uw regievoerder ziet dit in het concept.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Terug naar Mijn gezin' }).click();
    await page.waitForURL('**/mijn-gezin');
    const cases = (await (await page.request.get(`${baseUrl()}/api/v1/cases`)).json()) as {
      items: { id: string }[];
    };
    await context.close();

    const office = await browser.newContext();
    const coordinator = await office.newPage();
    await login(coordinator, 'regievoerder.enschede@tafel.example');
    await coordinator.waitForURL('**/mijn-gezinnen');
    await coordinator.goto(`${baseUrl()}/gezinnen/${cases.items[0].id}/plan`);
    const familyView = coordinator.getByRole('textbox', { name: 'Visie van het gezin' });
    await familyView.waitFor();
    expect(await familyView.inputValue()).toBe(ownWords);
    await office.close();
  });
});

describe('the parent without custody on a phone', () => {
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('opens the family page by its address: no timeline asked, a plain sentence instead of a refusal', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await login(page, 'vader@tafel.example');
    await page.waitForURL('**/mijn-gezin');
    const cases = (await (await page.request.get(`${baseUrl()}/api/v1/cases`)).json()) as {
      items: { id: string }[];
    };
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/gezinnen/${cases.items[0].id}`);
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText('De tijdlijn van dit gezin ziet u niet.', { exact: false }).waitFor();
    expect(await page.textContent('body')).not.toContain('U mag dit niet doen');
    expect(asked.filter((path) => path.endsWith('/events'))).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('every family page on a 360 px phone', () => {
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  /** Buttons whose label runs out of them, and how far the page scrolls sideways (see sidewaysOverflow). */
  const spills = (page: Page) =>
    page.evaluate(() => {
      const outside = Array.from(document.querySelectorAll<HTMLElement>('.mdc-button__label'))
        .filter((label) => {
          const button = label.closest('.mat-mdc-button-base')?.getBoundingClientRect();
          const box = label.getBoundingClientRect();
          return (
            !!button &&
            (box.top < button.top - 1 ||
              box.bottom > button.bottom + 1 ||
              box.left < button.left - 1 ||
              box.right > button.right + 1)
          );
        })
        .map((label) => label.textContent?.trim());
      return { outside, sideways: document.documentElement.scrollWidth - screen.width };
    });

  // A parent with the plan to answer, a child, and a parent whose tafel is today (with its RSVP).
  for (const email of ['ouder@tafel.example', 'jongere@tafel.example', 'ouder.hofman@tafel.example']) {
    it(`fits the pages of ${email} without spilling a button or scrolling sideways`, async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        locale: 'nl-NL',
      });
      const page = await context.newPage();
      await login(page, email);
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      const settled = async () => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => !document.querySelector('tafel-loading'));
      };
      await settled(); // the landing page's own requests are done before counting the next page's
      for (const path of ['/mijn-gezin', '/mijn-tafel', '/wie-keek']) {
        const asked: string[] = [];
        const record = (request: Request) => asked.push(new URL(request.url()).pathname);
        page.on('request', record);
        await page.goto(`${baseUrl()}${path}`);
        await settled();
        page.off('request', record);
        if (path === '/mijn-gezin') {
          // The whole home in one request after /me, not a round trip per part.
          expect(asked.filter((p) => p === '/api/v1/me/family')).toHaveLength(1);
          expect(asked.filter((p) => /^\/api\/v1\/(cases|tafels)/.test(p))).toEqual([]);
        }
        expect({ path, ...(await spills(page)) }).toEqual({ path, outside: [], sideways: 0 });
        expect(await wcagViolations(page)).toEqual([]);
      }
      await context.close();
    });
  }
});

describe('the English locale', () => {
  it('serves the app in English under /en/', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/en/login`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await browser.close();
  });
});
