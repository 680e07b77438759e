import { Browser, BrowserContext, Page } from 'playwright-core';
import { FamilyHome } from '@tafel/shared/contracts';
import { PHONE, baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

/**
 * "Mijn gezin" of the demo's Morsink family (demo-measure-family.ts), on a phone: the court placed Jesse
 * (14) under supervision, Jeugdbescherming Overijssel carries it out, and the published plan has two
 * goals with the agreements that serve them. No other browser test uses this family.
 */
const MEASURE_HEADING = 'Wat de rechter heeft besloten';

const GOALS = [
  {
    goal: 'Jesse gaat elke schooldag naar school.',
    agreements: [
      'Belt school als Jesse ziek is, voor half negen',
      'Praat elke maand met Jesse en de mentor over school',
    ],
  },
  { goal: 'Er is thuis minder ruzie.', agreements: ['Start gezinsbegeleiding thuis, één keer per week'] },
];

/** A date as the page writes it ("1 maart 2026"; formatDate in web/ui). */
const dutch = (isoDate: string) =>
  new Intl.DateTimeFormat('nl', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${isoDate}T12:00:00Z`));

/** The running measure as the API gives it to the signed-in family member (the page's own data). */
async function runningMeasure(page: Page): Promise<{ startsOn: string; endsOn: string }> {
  const home = (await (await page.request.get(`${baseUrl()}/api/v1/me/family`)).json()) as FamilyHome;
  expect(home.measures).toHaveLength(1);
  const [measure] = home.measures;
  expect(measure).toMatchObject({
    type: 'ots',
    endedOn: null,
    giOrganisationName: 'Jeugdbescherming Overijssel',
  });
  return { startsOn: measure.startsOn, endsOn: measure.endsOn as string };
}

async function openMyFamily(
  browser: Browser,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await login(page, email);
  await page.waitForURL('**/mijn-gezin');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('tafel-loading'));
  return { context, page };
}

describe('a family under a court measure on a 390 px phone', () => {
  let browser: Browser;

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('tells the parent what the court decided, and shows the plan’s goals with their agreements and where each stands', async () => {
    const { context, page } = await openMyFamily(browser, 'ouder.morsink@tafel.example');
    await page.getByRole('heading', { level: 1, name: /Gezin Morsink/ }).waitFor();

    // The measure section: its own heading and the sentence, with the dates and the GI.
    const measures = page.getByRole('region', { name: MEASURE_HEADING });
    await measures.waitFor();
    const { startsOn, endsOn } = await runningMeasure(page);
    expect((await measures.getByRole('listitem').allTextContents()).map((t) => t.trim())).toEqual([
      `Er is een ondertoezichtstelling voor Jesse, van ${dutch(startsOn)} tot ${dutch(endsOn)}. ` +
        'Jeugdbescherming Overijssel voert die uit.',
    ]);
    await measures.getByText('Heeft u vragen? Vraag het uw regievoerder.', { exact: false }).waitFor();

    // The goals, each with the agreements that serve it (under that goal), each with its state.
    const goals = page.getByRole('region', { name: 'Wat willen we bereiken?' });
    await goals.getByRole('heading', { level: 4, name: GOALS[0].goal }).waitFor();
    const shown = await goals.locator('tafel-goal-agreements').evaluate((root) => {
      const groups: { goal: string; agreements: string[]; states: string[] }[] = [];
      for (const el of Array.from(root.children)) {
        if (el.tagName === 'H4')
          groups.push({ goal: el.textContent?.trim() ?? '', agreements: [], states: [] });
        else if (el.tagName === 'UL')
          for (const li of Array.from(el.querySelectorAll('li'))) {
            groups.at(-1)?.agreements.push(li.querySelector('.what')?.textContent?.trim() ?? '');
            groups.at(-1)?.states.push(li.querySelector('strong')?.textContent?.trim() ?? '');
          }
      }
      return groups;
    });
    expect(shown.map(({ goal, agreements }) => ({ goal, agreements: [...agreements].sort() }))).toEqual(
      GOALS,
    );
    // Due in four days: "Bijna"; the others later: "Nog bezig".
    expect(shown.flatMap((g) => g.states).sort()).toEqual(['Bijna', 'Nog bezig', 'Nog bezig']);
    // Each agreement once on the page: under its goal, not a second time in a list below the plan.
    for (const what of GOALS.flatMap((g) => g.agreements)) expect(await page.getByText(what).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Afspraken' }).count()).toBe(0);

    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });

  it('tells the 14-year-old the measure is for them ("voor jou")', async () => {
    const { context, page } = await openMyFamily(browser, 'jongere.morsink@tafel.example');
    await page.getByRole('heading', { level: 1, name: /Hoi Jesse!/ }).waitFor();
    const measures = page.getByRole('region', { name: MEASURE_HEADING });
    await measures.waitFor();
    const { startsOn, endsOn } = await runningMeasure(page);
    expect((await measures.getByRole('listitem').allTextContents()).map((t) => t.trim())).toEqual([
      `Er is een ondertoezichtstelling voor jou, van ${dutch(startsOn)} tot ${dutch(endsOn)}. ` +
        'Jeugdbescherming Overijssel voert die uit.',
    ]);
    await measures.getByText('Heb je vragen? Vraag het je regievoerder.', { exact: false }).waitFor();
    expect(await page.textContent('body')).not.toContain('voor Jesse');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});
