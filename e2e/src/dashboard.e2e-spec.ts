import { Browser } from 'playwright-core';
import type { Dashboard, DashboardKind } from '@tafel/shared/contracts';
import { appTookOver, baseUrl, launchBrowser, login, wcagViolations } from '../support/browser';

/**
 * "Mijn gezinnen" on a phone: the Enschede coordinator signs in, lands on the dashboard, sees the
 * overdue agreement and the parent's disagreement of the demo family seeded for it (demo-plan.ts)
 * and follows the link to that family, and the Bakker toeleiding waiting to be scheduled with its link
 * to the tafel; Veilig Thuis lands there too and sees the norm it must keep. Reads only.
 */
describe('Mijn gezinnen, the coordinator’s home', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lands on Mijn gezinnen after login, shows an overdue agreement and follows its link to the family', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    const overdue = page.getByRole('region', { name: /Afspraken waarvan de datum voorbij is/ });
    const disagreement = page.getByRole('region', { name: /Ouders niet eens met het plan/ });
    await overdue.getByRole('link').first().waitFor();
    await disagreement.getByRole('link').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const link = overdue.getByRole('link').first();
    const family = /Gezin (.+),/.exec((await link.textContent()) ?? '')?.[1] ?? '';
    expect(family).not.toBe('');
    await link.click();
    await page.waitForURL(/\/gezinnen\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { level: 1, name: new RegExp(family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the coordinator the Bakker toeleiding waiting to be scheduled, and links to its tafel', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    // Requested six days ago (demo-tafels.ts); the tafel spec may request and schedule one more, so
    // at least one Bakker toeleiding still waits, whichever it is.
    const waiting = page.getByRole('region', { name: /Tafels om in te plannen/ });
    const bakker = waiting.getByRole('listitem').filter({ hasText: 'Toeleiding — Gezin Bakker' }).first();
    await bakker.getByText(/^(Wacht \d+ dagen?, aangevraagd op |Vandaag aangevraagd)/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await bakker.getByRole('link').click();
    await page.waitForURL(/\/tafels\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Toeleiding — Gezin Bakker' }).waitFor();
    await context.close();
  });

  it('shows Veilig Thuis, on its own home, the norm it must keep for a family it works on', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await login(page, 'vtt@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    // The Bakker family's melding still waits for Veilig Thuis's safety assessment (demo-families.ts),
    // past its deadline: overdue, not "about to expire".
    const overdue = page.getByRole('region', { name: /Normen verlopen/ });
    const bakker = overdue.getByRole('listitem').filter({ hasText: 'Gezin Bakker' });
    await bakker.getByText(/Veiligheidsbeoordeling Veilig Thuis/).waitFor();
    await bakker.getByText(/^verlopen op /).waitFor();
    // "Bijna verlopen" holds no deadline in the past; the overdue ones come the longest overdue first.
    const { items } = (await (await page.request.get(`${baseUrl()}/api/v1/dashboard`)).json()) as Dashboard;
    const today = new Date().toISOString().slice(0, 10);
    const dates = (kind: DashboardKind) => items.filter((i) => i.kind === kind).map((i) => i.date ?? '');
    for (const date of dates('norm_due')) expect(date >= today).toBe(true);
    for (const date of dates('norm_broken')) expect(date <= today).toBe(true);
    expect(dates('norm_broken')).toEqual([...dates('norm_broken')].sort());
    expect(await wcagViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('marks the same families on the case list with "Actie nodig", sorted first and filterable', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await login(page, 'regievoerder.enschede@tafel.example');
    await page.waitForURL('**/mijn-gezinnen');
    const overdue = page.getByRole('region', { name: /Afspraken waarvan de datum voorbij is/ });
    const number = /(TW-\d{4}-\d{5})/.exec(
      (await overdue.getByRole('link').first().textContent()) ?? '',
    )?.[1];
    expect(number).toBeDefined();

    await page.goto(`${baseUrl()}/gezinnen`);
    await page.getByRole('heading', { level: 1, name: 'Gezinnen' }).waitFor();
    await appTookOver(page);
    await page.getByRole('checkbox', { name: 'Alleen gezinnen waar actie nodig is' }).check();
    await page.waitForURL(/actie=ja/);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: number as string }) });
    // On a phone the case's cell holds what needs action (the wide column is hidden).
    await row.getByText('Afspraken waarvan de datum voorbij is').filter({ visible: true }).waitFor();
    const rows = page.getByRole('row').filter({ has: page.getByRole('link') });
    for (const text of await rows.allTextContents()) expect(text).toContain('Actie nodig');
    expect(await wcagViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
