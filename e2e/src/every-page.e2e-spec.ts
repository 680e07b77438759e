import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

/** Pages per persona: every kind of page the links reach, one of each (ids and numbers fold together). */
const MAX_PAGES = 12;

/**
 * One account per kind of user (README's demo logins), with pages the sweep must reach through the
 * links (so it cannot pass by finding nothing).
 */
const PERSONAS: [email: string, reaches: string[]][] = [
  [
    'regievoerder.hengelo@tafel.example',
    ['/gezinnen/:id', '/gezinnen/:id/plan', '/tafels/:id', '/tafels/nieuw'],
  ],
  ['voorzitter@tafel.example', ['/agenda', '/tafels/:id', '/gezinnen/:id/keten']],
  ['raad@tafel.example', ['/mijn-gezinnen', '/gezinnen/:id', '/tafels/:id']],
  ['ouder@tafel.example', ['/mijn-gezin', '/mijn-tafel', '/wie-keek', '/mijn-gezin/plan']],
  ['jongere@tafel.example', ['/mijn-gezin', '/wie-keek']],
  ['vader@tafel.example', ['/mijn-gezin']],
  ['auditor.regio@tafel.example', ['/monitor']],
  ['privacy@tafel.example', ['/toegangslog']],
  ['beheer@tafel.example', ['/beheer/gebruikers', '/beheer/organisaties', '/beheer/instellingen']],
];

/** A page's kind: its path with ids and numbers folded, so a list's hundred families are one page. */
const kind = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/\/\d+/g, '/:n');

/** Waits until the page has its heading and no API call has been open for a moment. */
async function settled(page: Page, open: Set<string>): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(100);
    quiet = open.size === 0 ? quiet + 1 : 0;
  }
}

/**
 * How the page's headings differ from the house style (styles.scss): the h1 in Material's headline-medium,
 * every h2 in title-large (or title-medium, for a nested list's headings), never the browser's bold default.
 */
function headingOffStyle(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const heading = document.querySelector('h1');
    if (!heading) return ['no h1'];
    const properties = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight'] as const;
    const style = (font: string) => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.font = font;
      const computed = getComputedStyle(probe);
      const values = properties.map((property) => computed[property]);
      probe.remove();
      return values;
    };
    const differences = (element: Element, want: string[]) => {
      const got = getComputedStyle(element);
      return properties.flatMap((property, i) =>
        got[property] === want[i] ? [] : [`${property} ${got[property]}, not ${want[i]}`],
      );
    };
    const off = differences(heading, style('var(--mat-sys-headline-medium)')).map((d) => `h1 ${d}`);
    const sectionStyles = [style('var(--mat-sys-title-large)'), style('var(--mat-sys-title-medium)')];
    for (const h2 of Array.from(document.querySelectorAll('main h2'))) {
      if (sectionStyles.some((want) => differences(h2, want).length === 0)) continue;
      off.push(`h2 "${h2.textContent?.trim()}" ${differences(h2, sectionStyles[0]).join('; ')}`);
    }
    return off;
  });
}

/** The app's own pages this page links to (no API, no downloads, no sign-out, no other language). */
function linksOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]:not([download])'))
      .map((a) => new URL(a.href, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname)
      .filter((path) => !/^\/(api|en)(\/|$)|^\/login/.test(path)),
  );
}

/**
 * Every page each kind of user can reach by following the app's links from their home, on a phone
 * (360 px): readable without sideways scrolling, without a WCAG 2.1 AA violation, with the one page
 * heading style and without an error in the console. Reads only; it runs near the end
 * (support/sequencer.cjs), as its reads show in logs.
 */
describe('every page, as every kind of user, on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(PERSONAS)('%s', async (email, reaches) => {
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const open = new Set<string>();
    page.on('request', (r) => void (r.url().includes('/api/') && open.add(r.url())));
    page.on('requestfinished', (r) => void open.delete(r.url()));
    page.on('requestfailed', (r) => void open.delete(r.url()));
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));

    await login(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await settled(page, open);
    const queue = [new URL(page.url()).pathname];
    const seen = new Set(queue.map(kind));
    const problems: string[] = [];
    const visited: string[] = [];
    while (queue.length > 0 && visited.length < MAX_PAGES) {
      const path = queue.shift() as string;
      if (visited.push(kind(path)) > 1) {
        await page.goto(`${baseUrl()}${path}`);
        await settled(page, open);
      }
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) problems.push(`${kind(path)}: ${overflow} px sideways`);
      for (const violation of await wcagViolations(page)) problems.push(`${kind(path)}: ${violation}`);
      for (const off of await headingOffStyle(page)) problems.push(`${kind(path)}: ${off}`);
      for (const error of errors.splice(0)) problems.push(`${kind(path)}: console: ${error}`);
      for (const next of await linksOf(page)) {
        if (seen.has(kind(next))) continue;
        seen.add(kind(next));
        queue.push(next);
      }
    }
    expect(problems).toEqual([]);
    expect(visited).toEqual(expect.arrayContaining(reaches));
    await context.close();
  });
});
