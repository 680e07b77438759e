import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { PHONE, baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

/**
 * The ketenmonitor end to end: the regional auditor reads the dashboard, switches gemeente and
 * period, reads a chart's table and exports it as CSV (no count under 5 as a number); the Enschede
 * auditor is offered only Enschede and the region, and starts on Enschede. Reads only: other files'
 * families are untouched.
 */
const YEAR = new Date().getUTCFullYear();

async function openMonitor(page: Page, email: string): Promise<void> {
  await login(page, email);
  await page.goto(`${baseUrl()}/monitor`);
  await page.getByRole('heading', { level: 1, name: 'Ketenmonitor' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /Kerncijfers/ }).waitFor();
  await page.locator('tafel-monitor-key-figures li').first().waitFor();
  await page.locator('tafel-monitor-flow table').first().waitFor();
}

/** The gemeente picker's options, once the auditor's scope has filled it (`last` is its last option). */
async function pickerOptions(page: Page, last: string): Promise<string[]> {
  // By name: a label around a select also names it by its chosen option ("Gemeente Regio Twente").
  const picker = page.locator('select[name="gemeente"]');
  await picker.locator('option', { hasText: last }).waitFor({ state: 'attached' });
  return (await picker.locator('option').allTextContents()).map((o) => o.trim());
}

describe('the ketenmonitor for auditors', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the regional auditor switch gemeente and period, read a chart as a table and export it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
    const page = await context.newPage();
    await openMonitor(page, 'auditor.regio@tafel.example');
    expect(await pickerOptions(page, 'Wierden')).toHaveLength(15);
    expect(await wcagViolations(page)).toEqual([]);
    await page.locator('table caption', { hasText: 'per periode' }).waitFor();
    // The key figures are those of the last complete month, named, not of the month that has just begun.
    const lastMonth = new Date();
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    await page
      .getByRole('heading', {
        level: 2,
        name: `Kerncijfers: toeleiding en normen (${month.format(lastMonth)})`,
      })
      .waitFor();
    // Every table in words: no code (`veilig_thuis`, `end_of_measure`), no ISO month, a decimal comma.
    const tables = (await page.locator('table').allTextContents()).join(' ');
    expect(tables).not.toMatch(/\b[a-z]+_[a-z0-9_]+\b|\b(gi|raad|unknown|moved|other|ended|pending)\b/);
    expect(tables).not.toMatch(/\b\d{4}-\d{2}\b/);
    expect(tables).not.toMatch(/\d\.\d(?!\d\d)/);
    const months = await page
      .getByRole('table', { name: /per periode/ })
      .locator('thead th')
      .allTextContents();
    expect(months.at(-1)).toMatch(/^[a-z]{3} \d{4}$/);
    // The side-by-side chart says why it has no bar where every figure is hidden or absent.
    const side = page.getByRole('table', { name: /\(\w+ \d{4}\)$/ });
    const figures = (await side.locator('tbody td').allTextContents()).map((c) => c.trim());
    if (figures.length > 0 && figures.every((f) => f === '<5' || f === '–' || f === 'afgeschermd'))
      await page.getByText(/^Geen staven: bij elke gemeente/).waitFor();
    // Afdrukken is a normal button: at least the 24 px target (WCAG 2.5.8).
    const print = await page.getByRole('button', { name: 'Afdrukken' }).boundingBox();
    expect(print?.height).toBeGreaterThanOrEqual(24);
    // The filters are touch targets: every choice and month field at least 40 px tall.
    const filters = page.getByRole('form', { name: 'Filters' }).locator('select, input');
    const heights = await filters.evaluateAll((fields) =>
      fields.map((f) => f.getBoundingClientRect().height),
    );
    expect(heights).toHaveLength(5);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(40);

    await page.locator('select[name="metric"]').selectOption({ label: 'Instroom: verzoeken tot bespreking' });
    await page.locator('select[name="granularity"]').selectOption({ label: 'Jaar' });
    await page.locator('input[name="from"]').fill(`${YEAR - 4}-01`);
    await page.locator('select[name="gemeente"]').selectOption({ label: 'Hengelo' });
    const table = page.getByRole('table', { name: /Instroom: verzoeken tot bespreking per periode/ });
    // The table of the last query: two areas (Hengelo and the region) × five years.
    await page.waitForFunction(() => {
      const t = Array.from(document.querySelectorAll('table')).find((x) =>
        x.caption?.textContent?.includes('per periode'),
      );
      return t?.querySelectorAll('tbody tr').length === 2 && t.querySelectorAll('thead th').length === 6;
    });
    await table.getByRole('columnheader', { name: String(YEAR - 4) }).waitFor();
    const areas = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(areas.map((a) => a.trim())).toEqual(['Hengelo', 'Regio Twente']);
    const cells = (await table.locator('tbody td').allTextContents()).map((c) => c.trim());
    expect(cells).toHaveLength(2 * 5);
    for (const cell of cells) expect(cell).toMatch(/^(<5|\d+)$/);
    // A count of 1–4 families is never shown; a zero names no family and is.
    for (const cell of cells) if (cell !== '<5') expect(Number(cell) === 0 || Number(cell) >= 5).toBe(true);
    await page
      .getByRole('heading', { level: 2, name: /Instroom → doorstroom → uitstroom \(Hengelo\)/ })
      .waitFor();
    // The stock per phase beside its chart: a row per open phase and the total, every count shown or "<5".
    const stock = page.getByRole('table', { name: 'Open gezinnen per fase aan het eind van elke periode' });
    await stock.getByRole('columnheader', { name: String(YEAR - 4) }).waitFor();
    const phases = (await stock.locator('tbody th[scope="row"]').allTextContents()).map((p) => p.trim());
    expect(phases).toEqual([
      'Totaal',
      'Signaal',
      'Toeleiding',
      'Drang',
      'Raadsonderzoek',
      'Maatregel',
      'Afschalen',
    ]);
    for (const cell of (await stock.locator('tbody td').allTextContents()).map((c) => c.trim()))
      expect(cell === '<5' || Number(cell) === 0 || Number(cell) >= 5).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporteer als CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('gebied,uitsplitsing,periode,aantal,aandeel_pct,mediaan,p90');
    const counts = csv.slice(1).map((line) => line.split(',')[3]);
    expect(new Set(csv.slice(1).map((line) => line.split(',')[0]))).toEqual(new Set(['Hengelo', 'regio']));
    for (const n of counts) expect(n === '<5' || Number(n) === 0 || Number(n) >= 5).toBe(true);
    expect(counts.some((n) => Number(n) >= 5)).toBe(true);
    await context.close();
  });

  it('offers the Enschede auditor only Enschede and the region, on a 390 px phone without axe findings', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openMonitor(page, 'auditor.enschede@tafel.example');
    expect(await pickerOptions(page, 'Enschede')).toEqual(['Regio Twente', 'Enschede']);
    // Their own gemeente first, the region beside it.
    expect(await page.locator('select[name="gemeente"]').inputValue()).toBe('Enschede');
    await page
      .getByRole('heading', { level: 2, name: 'Instroom → doorstroom → uitstroom (Enschede)' })
      .waitFor();
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});
