import { Browser, BrowserContext, Page } from 'playwright-core';
import { io, Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { Ack, NotesJoined, REALTIME_PATH } from '@tafel/shared/contracts';
import { realtimeParser } from '@tafel/shared/contracts/realtime-parser';
import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

/**
 * A whole tafel in the live room, on the demo data's Hofman family (its toeleiding is scheduled today;
 * no other e2e file touches it): the chair opens the room, the secretary and Veilig Thuis write in the
 * same section, the parent follows on a phone and asks for the word, the chair concludes and adopts the
 * verslag, and the parent reads it on the phone and reacts.
 */
describe('holding a tafel in the live room', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let secretary: Page;
  let vtt: Page;
  let parent: Page;
  let tafelId: string;

  const desktop = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await login(page, email);
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    return page;
  };
  const room = (page: Page) => page.goto(`${baseUrl()}/tafels/${tafelId}/kamer`);
  const section = (page: Page, title: string) => page.getByRole('textbox', { name: title, exact: true });
  const shows = (page: Page, text: string) =>
    page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 });

  beforeAll(async () => {
    browser = await launchBrowser();
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    contexts.push(phone);
    parent = await phone.newPage();
    await login(parent, 'ouder.hofman@tafel.example');
    await parent.waitForURL((u) => !u.pathname.endsWith('/login'));
    const tafels = (await (await parent.request.get(`${baseUrl()}/api/v1/tafels`)).json()) as {
      id: string;
    }[];
    expect(tafels).toHaveLength(1);
    tafelId = tafels[0].id;
    chair = await desktop('voorzitter@tafel.example');
    secretary = await desktop('secretaris@tafel.example');
    vtt = await desktop('vtt@tafel.example');
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('tells the secretary plainly that there is no verslag yet, without a failed request', async () => {
    const errors: string[] = [];
    secretary.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await secretary.goto(`${baseUrl()}/tafels/${tafelId}/verslag`);
    await shows(secretary, 'Er is nog geen verslag.');
    expect(await secretary.evaluate(() => document.body.innerText)).not.toContain('Dit kan nu niet meer');
    expect(await wcagViolations(secretary)).toEqual([]);
    await secretary.getByRole('link', { name: 'Terug naar de tafel' }).click();
    await secretary.waitForURL(`${baseUrl()}/tafels/${tafelId}`);
    await secretary.getByRole('link', { name: 'Naar de tafel' }).click();
    await secretary.waitForURL(`${baseUrl()}/tafels/${tafelId}/kamer`);
    await section(secretary, 'De zorgen').waitFor();
    expect(errors).toEqual([]);
  });

  it('lets the chair go from the tafel page into the room and open it', async () => {
    await chair.goto(`${baseUrl()}/tafels/${tafelId}`);
    // Attendance, on the tafel's day: a choice per person, at most 24rem wide (also where the page is
    // narrow), its label naming the person in full.
    const attendance = chair.getByRole('region', { name: 'Aanwezigheid' });
    await attendance.locator('mat-form-field').first().waitFor();
    for (const width of [560, 1280]) {
      await chair.setViewportSize({ width, height: 900 });
      const widths = await attendance
        .locator('mat-form-field')
        .evaluateAll((fields) => fields.map((f) => f.getBoundingClientRect().width));
      expect(Math.max(...widths)).toBeLessThanOrEqual(24 * 16);
    }
    const cutOff = await attendance
      .locator('label.mdc-floating-label')
      .evaluateAll((labels) =>
        labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent?.trim()),
      );
    expect(cutOff).toEqual([]);
    await chair.getByRole('link', { name: 'Naar de tafel' }).click();
    await chair.waitForURL(`${baseUrl()}/tafels/${tafelId}/kamer`);
    await chair.getByRole('button', { name: 'Tafel openen' }).click();
    await chair.getByRole('definition').filter({ hasText: 'Bezig' }).first().waitFor();
    expect(await wcagViolations(chair)).toEqual([]);
    // Each agenda item's buttons are one group, named by the item, on one line (also under a long title).
    for (const title of ['De zorgen', 'Geprobeerde hulp en familiegroepsplan']) {
      const buttons = chair.getByRole('group', { name: title, exact: true }).getByRole('button');
      expect((await buttons.allTextContents()).map((b) => b.trim())).toEqual([
        'Nu bespreken',
        'Delen met kind',
      ]);
      const [first, second] = await Promise.all([buttons.nth(0).boundingBox(), buttons.nth(1).boundingBox()]);
      expect(second?.y).toBe(first?.y);
    }
  });

  it('shows two professionals in two pages each other’s text in the same section', async () => {
    await room(secretary);
    await room(vtt);
    await section(secretary, 'De zorgen').click();
    await secretary.keyboard.type('Secretaris: zorgen over de ruzies thuis.');
    await section(vtt, 'De zorgen').click();
    await vtt.keyboard.press('End');
    await vtt.keyboard.type(' VTT: melding van de buren in mei.');
    await shows(secretary, 'VTT: melding van de buren in mei.');
    await shows(vtt, 'Secretaris: zorgen over de ruzies thuis.');
    await shows(chair, 'VTT: melding van de buren in mei.');
    expect(await wcagViolations(secretary)).toEqual([]);
  });

  it('lets the parent on a phone follow live, read-only, and ask for the word', async () => {
    await parent.goto(`${baseUrl()}/mijn-tafel`);
    await parent.getByRole('link', { name: 'Naar de tafel' }).click();
    await parent.waitForURL(`${baseUrl()}/tafels/${tafelId}/kamer`);
    await shows(parent, 'Secretaris: zorgen over de ruzies thuis.');
    const notes = section(parent, 'De zorgen');
    expect(await notes.getAttribute('contenteditable')).toBe('false');
    await notes.click();
    await parent.keyboard.type('ouder typt');
    // Live: a new line of the secretary reaches the phone.
    await section(secretary, 'De zorgen').click();
    await secretary.keyboard.press('End');
    await secretary.keyboard.type(' Moeder wil meedenken.');
    await shows(parent, 'Moeder wil meedenken.');
    expect(await parent.evaluate(() => document.body.innerText)).not.toContain('ouder typt');
    // The secretary's caret shows where she writes, but her name tag does not cover the text on the phone.
    await notes.locator('.collaboration-carets__caret').first().waitFor({ state: 'attached' });
    expect(await notes.locator('.collaboration-carets__label').first().isVisible()).toBe(false);
    const overflow = await sidewaysOverflow(parent);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(parent)).toEqual([]);

    await parent.getByRole('button', { name: 'Ik wil iets zeggen' }).click();
    await chair.getByText('vraagt het woord').waitFor();
    await shows(chair, 'wil iets zeggen.');
  });

  it('refuses what the parent sends over the socket itself, and the notes stay unchanged', async () => {
    const cookie = (await parent.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const socket: Socket = io(baseUrl(), {
      path: REALTIME_PATH,
      transports: ['websocket'],
      parser: realtimeParser,
      extraHeaders: { cookie, origin: baseUrl() },
    });
    try {
      const joined = await new Promise<Parameters<Ack<NotesJoined>>[0]>((resolve) =>
        socket.emit('notes:join', { tafelId, stateVector: Y.encodeStateVector(new Y.Doc()) }, resolve),
      );
      expect(joined).toMatchObject({ ok: true, access: 'read' });
      const doc = new Y.Doc();
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Door de ouder ingestuurd')]);
      doc.getXmlFragment('worries').insert(0, [paragraph]);
      const update = Y.encodeStateAsUpdate(doc);
      const answer = await new Promise<{ ok: boolean; error?: { code: string } }>((resolve) =>
        socket.emit('notes:update', { tafelId, update }, resolve),
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      socket.close();
    }
    await chair.reload();
    await shows(chair, 'Moeder wil meedenken.');
    expect(await chair.evaluate(() => document.body.innerText)).not.toContain('Door de ouder ingestuurd');
  });

  it('lets the chair conclude and adopt the verslag', async () => {
    await room(chair);
    await chair.getByRole('link', { name: 'Besluit vastleggen en afsluiten' }).click();
    await chair.getByRole('heading', { name: 'Besluit', exact: true }).first().waitFor();
    await chair.getByRole('combobox', { name: 'Besluit' }).click();
    await chair.getByRole('option', { name: /^Geen raadsonderzoek/ }).click();
    await chair
      .getByLabel('Onderbouwing')
      .fill('De ouders werken mee met de gezinscoach; de zorgen worden zo aangepakt zonder onderzoek.');
    await chair.getByRole('radio', { name: 'Eens', exact: true }).check();
    await chair.getByLabel('Reactie van de ouders').fill('Wij gaan door met de gezinscoach.');
    await chair.getByRole('combobox', { name: 'Hoe is het kind gehoord?' }).click();
    await chair.getByRole('option').first().click();
    await chair.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await chair
      .getByRole('dialog', { name: 'Besluit vastleggen?' })
      .getByRole('button', { name: 'Vastleggen en afsluiten' })
      .click();
    await shows(chair, 'Geen raadsonderzoek');

    await chair.getByRole('link', { name: 'Naar het verslag' }).click();
    await chair.getByRole('heading', { level: 1, name: 'Verslag van het gesprek' }).waitFor();
    await shows(chair, 'Moeder wil meedenken.');
    // The norm: the verslag reaches the parents within 5 working days of the tafel (held today).
    const due = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${toIsoDate(addWorkingDays(new Date(), 5))}T12:00:00Z`),
    );
    await shows(chair, `Stel het verslag uiterlijk ${due} vast`);
    expect(await wcagViolations(chair)).toEqual([]);
    // A typo in the frozen notes is corrected in the draft, before adopting.
    const worries = chair.getByRole('textbox', { name: 'De zorgen' });
    await worries.fill(`${await worries.inputValue()} Ook de school maakt zich zorgen.`);
    await chair.getByRole('button', { name: 'Concept opslaan' }).click();
    await shows(chair, 'Het concept is opgeslagen.');
    await chair
      .getByRole('region', { name: 'De zorgen' })
      .getByText('Ook de school maakt zich zorgen.')
      .waitFor();
    await chair.getByRole('button', { name: 'Verslag vaststellen en delen' }).click();
    const confirm = chair.getByRole('dialog', { name: 'Verslag vaststellen en delen?' });
    expect(await wcagViolations(chair)).toEqual([]);
    await confirm.getByRole('button', { name: 'Vaststellen en delen' }).click();
    await shows(chair, 'Vastgesteld op');
  });

  it('lets the parent read the verslag on the phone and add a reaction', async () => {
    await parent.goto(`${baseUrl()}/mijn-tafel`);
    await parent.getByRole('link', { name: 'Naar het verslag' }).click();
    await parent.waitForURL(`${baseUrl()}/tafels/${tafelId}/verslag`);
    await shows(parent, 'Vastgesteld op');
    await shows(parent, 'VTT: melding van de buren in mei.');
    expect(await wcagViolations(parent)).toEqual([]);
    await parent.getByLabel('Uw reactie').fill('Wij willen graag dat de school ook meedenkt.');
    await parent.getByRole('button', { name: 'Reactie versturen' }).click();
    await parent
      .getByRole('region', { name: 'Reacties van de familie' })
      .getByText('Wij willen graag dat de school ook meedenkt.')
      .waitFor();
    const overflow = await sidewaysOverflow(parent);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(parent)).toEqual([]);
  });
});
