import { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, baseUrl, launchBrowser, login, searchFamily, wcagViolations } from '../support/browser';

describe('a coordinator finds a family and hands it over', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('shows an accessible login page in Dutch', async () => {
    await page.goto(`${baseUrl()}/login`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('refuses a wrong password with a message', async () => {
    await login(page, 'regievoerder.enschede@tafel.example', 'verkeerd-wachtwoord');
    await page.getByRole('alert').waitFor();
    expect(page.url()).toContain('/login');
  });

  it('logs in and lists only the families the coordinator works with', async () => {
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    await page
      .getByRole('link', { name: /TW-\d{4}-\d{5}/ })
      .first()
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await searchFamily(page, 'Bakker');
    expect(await page.getByRole('link', { name: /TW-/ }).count()).toBe(1);
  });

  it('fits the case list on a 390 px phone: no sideways scrolling, the phase in view, sorting works', async () => {
    const phone = await browser.newContext(PHONE);
    const small = await phone.newPage();
    await login(small, 'regievoerder.enschede@tafel.example');
    await small.waitForURL('**/mijn-gezinnen');
    await small.goto(`${baseUrl()}/gezinnen`);
    const table = small.getByRole('table', { name: 'Gezinnen' });
    await table.getByRole('link', { name: /TW-/ }).first().waitFor();
    const fits = () =>
      table.evaluate((t) => {
        const wrap = t.parentElement as HTMLElement;
        const chips = Array.from(t.querySelectorAll('tafel-phase-chip'));
        return {
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          beyond: chips.filter((c) => c.getBoundingClientRect().right > window.innerWidth).length,
        };
      });
    expect(await fits()).toEqual({ scrolls: false, beyond: 0 });
    await table.getByRole('button', { name: /Fase/ }).click();
    await small.waitForURL(/sorteer=phase/);
    await table.getByRole('link', { name: /TW-/ }).first().waitFor();
    expect(await fits()).toEqual({ scrolls: false, beyond: 0 });
    expect(await wcagViolations(small)).toEqual([]);
    await phone.close();
  });

  it('opens the case page with members, coordinator and timeline', async () => {
    await page.getByRole('link', { name: /TW-/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Bakker/ }).waitFor();
    const coordinatorSection = page.getByRole('region', { name: 'Regievoerder' });
    await expect(coordinatorSection.textContent()).resolves.toContain('Marloes ter Brake');
    await expect(page.textContent('body')).resolves.toContain('Daan');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('says what the hand-over still needs once it is sent, not while tabbing through it', async () => {
    await page.getByRole('button', { name: 'Overdragen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    const coordinator = dialog.getByRole('combobox', { name: 'Nieuwe regievoerder' });
    const reason = dialog.getByRole('textbox', { name: 'Reden' });
    await coordinator.focus();
    await page.keyboard.press('Tab');
    await reason.focus();
    await page.keyboard.press('Tab');
    // Shown red: the field's outline (aria-invalid stays off an empty required field by Material's design).
    const red = (field: typeof coordinator) =>
      field.evaluate((el) => !!el.closest('mat-form-field')?.classList.contains('mat-form-field-invalid'));
    expect(await red(coordinator)).toBe(false);
    expect(await red(reason)).toBe(false);
    expect(await dialog.textContent()).not.toContain('Zoek en kies een persoon.');

    await dialog.getByRole('button', { name: 'Overdracht bevestigen' }).click();
    await dialog.getByText('Zoek en kies een persoon.').waitFor();
    await dialog.getByText('Vul een reden in.').waitFor();
    expect(await red(coordinator)).toBe(true);
    expect(await coordinator.getAttribute('aria-invalid')).toBe('true');
    expect(await red(reason)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('hands the case over to another coordinator with a reason', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Nieuwe regievoerder' }).fill('Hüseyin');
    await page.getByRole('option', { name: /Hüseyin Aydın/ }).click();
    await dialog.getByLabel('Reden').fill('Gezin verhuist naar Hengelo');
    await dialog.getByRole('button', { name: 'Overdracht bevestigen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const coordinatorSection = page.getByRole('region', { name: 'Regievoerder' });
    await page.waitForFunction(() => document.body.textContent?.includes('Hüseyin Aydın'));
    await expect(coordinatorSection.textContent()).resolves.toContain('Hüseyin Aydın');
  });

  it('shows the hand-over to the new coordinator, who now sees the family', async () => {
    const other = await browser.newContext({ locale: 'nl-NL' });
    const otherPage = await other.newPage();
    await login(otherPage, 'regievoerder.hengelo@tafel.example');
    await otherPage.waitForURL('**/mijn-gezinnen');
    await searchFamily(otherPage, 'Bakker');
    await otherPage.getByRole('link', { name: /TW-/ }).first().click();
    await otherPage.getByRole('heading', { level: 1, name: /Bakker/ }).waitFor();
    await otherPage.waitForFunction(() => document.body.textContent?.includes('Gezin verhuist naar Hengelo'));
    await other.close();
  });
});
