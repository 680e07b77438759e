import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

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
