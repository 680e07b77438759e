import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, searchFamily, wcagViolations } from '../support/browser';
import { startTafel, waitUntilUp } from '../support/tafel-process';
import { workerTafel } from '../support/worker-tafel';

const COORDINATOR = 'regievoerder.enschede@tafel.example';
const DRAFT = 'Concept: zorgen over de veiligheid thuis, nog niet verstuurd.';
/** Signs in only here, so that no other test's session is touched. */
const IDLE_USER = 'regievoerder.almelo@tafel.example';

/**
 * An idle session kept going by "Blijf ingelogd" (on a second server with a short idle time), and a
 * session that ends while a coordinator types: the warning a minute before (with "Blijf ingelogd",
 * which cannot move the absolute end), then a re-login that lands on the same page with the typed
 * text still there. The database moves this one session's end; nothing is saved to the family.
 */
describe('when the session ends', () => {
  let browser: Browser;
  let page: Page;
  let db: Client;

  const setSessionEnd = (sql: string) =>
    db.query(
      `UPDATE session SET expires_at = ${sql}
        WHERE revoked_at IS NULL AND stage = 'full' AND user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [COORDINATOR],
    );

  beforeAll(async () => {
    db = new Client({ connectionString: workerTafel().databaseUrl });
    await db.connect();
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  });
  afterAll(async () => {
    await browser.close();
    await db.end();
  });

  it('warns a minute before, and after a new login returns to the page with the unsent text', async () => {
    await login(page, COORDINATOR);
    await page.waitForURL('**/mijn-gezinnen');
    await searchFamily(page, 'Bakker');
    await page.getByRole('link', { name: /TW-/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Bakker/ }).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop() as string;
    const requestPage = `${baseUrl()}/tafels/nieuw?gezin=${caseId}`;

    // The session ends in 65 s: the app learns it when it loads, and warns 60 s before.
    await setSessionEnd(`now() + interval '65 seconds'`);
    await page.goto(requestPage);
    const reason = page.getByLabel('Reden van de aanvraag');
    await reason.fill(DRAFT);

    const warning = page.getByRole('alertdialog', { name: 'U wordt bijna uitgelogd' });
    await warning.waitFor({ timeout: 40_000 });
    expect(await wcagViolations(page)).toEqual([]);
    // The absolute end of a session cannot be moved: the dialog says so instead of pretending.
    await warning.getByRole('button', { name: 'Blijf ingelogd' }).click();
    await warning.getByText('Uw sessie kan niet langer duren').waitFor();

    // Now it has ended: the next call is refused and the login page takes over, keeping the page.
    await setSessionEnd('now()');
    await warning.getByRole('button', { name: 'Blijf ingelogd' }).click();
    await page.waitForURL('**/login?terug=*');
    await login(page, COORDINATOR, undefined, { here: true });
    await page.waitForURL(
      (url) => url.pathname === '/tafels/nieuw' && url.searchParams.get('gezin') === caseId,
    );
    await page.waitForFunction(
      (text) => Array.from(document.querySelectorAll('textarea')).some((area) => area.value === text),
      DRAFT,
      { timeout: 15_000 },
    );
    expect(await page.getByLabel('Reden van de aanvraag').inputValue()).toBe(DRAFT);
  }, 180_000);

  it('"Blijf ingelogd" keeps an idle session going', async () => {
    // A second Tafel on the same database whose sessions end after 2 idle minutes, so the warning
    // comes after about half a minute without activity (the shared server keeps the default 15).
    const { process: short, exited } = await startTafel({
      DATABASE_URL: workerTafel().databaseUrl,
      SESSION_IDLE_MINUTES: '2',
      JOB_POLL_MS: '0',
    });
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    try {
      await waitUntilUp(short, exited);
      const idle = await context.newPage();
      await idle.goto(`${short.url}/login`);
      await login(idle, IDLE_USER, undefined, { here: true });
      await idle.waitForURL('**/mijn-gezinnen');
      await idle.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
      const lastSeen = async () =>
        (
          await db.query<{ seen: Date; revoked: Date | null }>(
            `SELECT s.last_seen_at AS seen, s.revoked_at AS revoked FROM session s JOIN app_user u ON u.id = s.user_id
              WHERE u.email = $1 AND s.stage = 'full' ORDER BY s.created_at DESC LIMIT 1`,
            [IDLE_USER],
          )
        ).rows[0];

      const warning = idle.getByRole('alertdialog', { name: 'U wordt bijna uitgelogd' });
      await warning.waitFor({ timeout: 60_000 });
      expect(await wcagViolations(idle)).toEqual([]);
      const before = await lastSeen();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await warning.getByRole('button', { name: 'Blijf ingelogd' }).click();
      await warning.waitFor({ state: 'detached' });
      // The API counted "Blijf ingelogd" as activity: the idle end moved on, and the session lives.
      const after = await lastSeen();
      expect(after.revoked).toBeNull();
      expect(after.seen.getTime()).toBeGreaterThan(before.seen.getTime());
      await idle.goto(`${short.url}/gezinnen`);
      await idle.getByRole('heading', { level: 1, name: 'Gezinnen' }).waitFor();
      expect(new URL(idle.url()).pathname).toBe('/gezinnen');
    } finally {
      await context.close();
      await short.stop();
    }
  }, 180_000);
});
