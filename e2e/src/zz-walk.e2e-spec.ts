import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, login } from '../support/browser';

const shot = (name: string) => `/tmp/walk/${name}.png`;
const log = (...a: unknown[]) => console.log('WALK', ...a);

describe('walk', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('chair and secretary', async () => {
    for (const email of ['voorzitter@tafel.example', 'secretaris@tafel.example']) {
      const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
      const page = await ctx.newPage();
      await login(page, email);
      await page.waitForURL((u) => !u.pathname.endsWith('/login'));
      await page.waitForTimeout(1500);
      log(email, 'lands on', new URL(page.url()).pathname, 'title', await page.title());
      await page.screenshot({ path: shot(email.split('@')[0] + '-home'), fullPage: true });
      await ctx.close();
    }
  }, 120_000);

  it('coordinator: tabbing, hand-over dialog, english', async () => {
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await login(page, 'regievoerder.hengelo@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    await page.goto(`${baseUrl()}/gezinnen/nieuw`);
    await page.waitForTimeout(1500);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    log('invalid fields after tabbing', await page.locator('.mat-form-field-invalid').count());
    await page.screenshot({ path: shot('register-tabbed'), fullPage: true });
    await page.goto(`${baseUrl()}/gezinnen`);
    await page.getByRole('link', { name: /TW-/ }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: shot('case-nl'), fullPage: true });
    const handover = page.getByRole('button', { name: /Regie overdragen/ });
    if (await handover.count()) {
      await handover.first().click();
      await page.getByRole('dialog').waitFor();
      await page.getByRole('button', { name: 'Overdracht bevestigen' }).click();
      await page.waitForTimeout(500);
      await page.getByRole('dialog').screenshot({ path: shot('handover-errors') });
      log('handover dialog buttons', await page.getByRole('dialog').getByRole('button').allTextContents());
      await page.keyboard.press('Escape');
    } else log('no handover button');
    const url = new URL(page.url());
    await page.goto(`${baseUrl()}/en${url.pathname}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1500);
    log('english title', await page.title());
    const text = (await page.locator('main').textContent()) ?? '';
    log('english AM/PM', /\b(AM|PM)\b/.test(text), 'regie words', text.match(/[^.]{0,30}[Rr]egie[^.]{0,30}/g)?.slice(0, 5));
    await page.screenshot({ path: shot('case-en'), fullPage: true });
    await page.goto(`${baseUrl()}/en/tafels`);
    await page.waitForTimeout(2000);
    log('english tafels title', await page.title());
    const t2 = (await page.locator('main').textContent()) ?? '';
    log('english tafels AM/PM', /\b(AM|PM)\b/.test(t2));
    await ctx.close();
  }, 180_000);

  it('tafel page as coordinator (Enschede)', async () => {
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    await page.goto(`${baseUrl()}/tafels`);
    await page.waitForTimeout(1500);
    const links = page.getByRole('link', { name: /Toeleiding|Herbespreking|Afschaling/ });
    log('tafel links', await links.count());
    if (await links.count()) {
      await links.first().click();
      await page.waitForTimeout(2500);
      log('tafel page height', await page.evaluate(() => document.documentElement.scrollHeight));
      log('buttons', (await page.getByRole('button').allTextContents()).map((s) => s.trim()).slice(0, 40));
      await page.screenshot({ path: shot('tafel-page'), fullPage: true });
      // focus ring
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      log('focused', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
      log(
        'focus outline',
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.boxShadow}`;
        }),
      );
    }
    await ctx.close();
  }, 120_000);

  it('parent my-tafel rsvp', async () => {
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await login(page, 'ouder@tafel.example');
    await page.waitForTimeout(1500);
    log('parent lands', new URL(page.url()).pathname);
    const nav = page.getByRole('link', { name: 'Mijn gesprek' });
    if (await nav.count()) {
      await nav.click();
      await page.waitForTimeout(1500);
      const rsvp = page.getByRole('button', { name: /Ik kom/ });
      log('rsvp buttons', await page.locator('button').allTextContents());
      if (await rsvp.count()) {
        await rsvp.first().click();
        await page.waitForTimeout(1500);
        log('after rsvp pressed', await page.locator('button[aria-pressed="true"]').allTextContents());
      }
      await page.screenshot({ path: shot('my-tafel'), fullPage: true });
    }
    await page.goto(`${baseUrl()}/mijn-gezin`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot('my-family'), fullPage: true });
    await ctx.close();
  }, 120_000);
});
