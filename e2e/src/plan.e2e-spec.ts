import { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, baseUrl, launchBrowser, login, sidewaysOverflow, wcagViolations } from '../support/browser';

/**
 * The Bakker family's plan on a phone (version 1 is in the demo data; no other browser test answers
 * it): the mother disagrees with one section in her own words, the coordinator reads that answer, and
 * Daan (14) sees the child view.
 */
const ZIENSWIJZE = 'Daan is nooit bij onze ruzies. Wij praten pas als hij op voetbal is.';

async function noSideways(page: Page): Promise<void> {
  const overflow = await sidewaysOverflow(page);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the family answers its plan on a phone', () => {
  let browser: Browser;
  let caseId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe('a parent', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      await login(page, 'ouder@tafel.example');
      await page.waitForURL('**/mijn-gezin');
      const cases = (await (await page.request.get(`${baseUrl()}/api/v1/cases`)).json()) as {
        items: { id: string }[];
      };
      caseId = cases.items[0].id;
    });
    afterAll(() => context.close());

    it('lands on "Mijn gezin" and reads the plan in plain language', async () => {
      await page.getByRole('heading', { level: 1, name: /Mijn gezin/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Ons plan' }).waitFor();
      await page.getByText('Oma helpt elke woensdag.').waitFor();
      await page.getByText(/delen van het plan wachten nog op uw antwoord/).waitFor();
      expect(
        await page.getByRole('link', { name: /Meer over het gesprek: .* wat u kunt verwachten/ }).count(),
      ).toBe(1);
      // Agreeing with a part that is still empty means nothing: the part asks no question.
      // The goals, each with the agreements that serve it, and their status.
      const goals = page.getByRole('region', { name: 'Wat willen we bereiken?' });
      await goals
        .getByRole('heading', { level: 4, name: 'Daan gaat elke dag naar school en slaapt goed.' })
        .waitFor();
      await goals.getByText('Maakt een afspraak bij de huisarts over het slapen van Daan').waitFor();
      const ownView = page.getByRole('region', { name: 'Wat vindt het gezin zelf?' });
      await ownView.getByText('Hier staat nog niets.').waitFor();
      expect(await ownView.getByRole('radio').count()).toBe(0);
      expect(await page.getByRole('link', { name: /wie uw dossier heeft geopend/ }).count()).toBe(1);
      await noSideways(page);
      expect(await wcagViolations(page)).toEqual([]);
    });

    it('cannot disagree without saying why, then disagrees with one section in her own words', async () => {
      const worries = page.getByRole('region', { name: 'Waar maken we ons zorgen over?' });
      await worries.getByRole('radio', { name: /Niet eens/ }).check();
      await worries.getByRole('button', { name: /Antwoord versturen/ }).click();
      await worries.getByText('Schrijf op waarom u het niet eens bent.').waitFor();
      expect(await wcagViolations(page)).toEqual([]);

      await worries.getByLabel('Waarom bent u het niet eens?').fill(ZIENSWIJZE);
      await worries.getByRole('button', { name: /Antwoord versturen/ }).click();
      await worries.getByText('Uw antwoord: niet eens.').waitFor();
      await worries.getByText(ZIENSWIJZE).waitFor();
      await noSideways(page);
      expect(await wcagViolations(page)).toEqual([]);
    });

    it('still sees her answer after loading the page again', async () => {
      await page.reload();
      const worries = page.getByRole('region', { name: 'Waar maken we ons zorgen over?' });
      await worries.getByText('Uw antwoord: niet eens.').waitFor();
      expect(await worries.getByRole('radio').count()).toBe(0);
    });

    it('writes the family’s part of the draft: every hint takes its own space above the next field', async () => {
      await page.goto(`${baseUrl()}/gezinnen/${caseId}/plan`);
      await page.getByText('Dit deel schrijft de regievoerder.').first().waitFor();
      const layout = await page.evaluate(() => {
        const fields = Array.from(document.querySelectorAll('tafel-draft-editor textarea')).map(
          (area) => area.closest('mat-form-field') as Element,
        );
        const overlaps = fields.slice(0, -1).flatMap((field, i) => {
          const hint = field.querySelector('mat-hint')?.getBoundingClientRect();
          const label = fields[i + 1].querySelector('label')?.getBoundingClientRect();
          return hint && label && hint.bottom > label.top ? [field.querySelector('label')?.textContent] : [];
        });
        return { fields: fields.length, overlaps };
      });
      // Five text sections and the two goals of the demo plan (read-only for a parent).
      expect(layout).toEqual({ fields: 7, overlaps: [] });
      // The versions name their number and date, not the hash of their content.
      const versions = page.getByRole('region', { name: 'Versies' });
      await versions
        .getByText(/gepubliceerd op/)
        .first()
        .waitFor();
      expect(await versions.textContent()).not.toMatch(/[0-9a-f]{12}/);
      await noSideways(page);
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  describe('the coordinator', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'nl-NL' });
      page = await context.newPage();
      await login(page, 'regievoerder.enschede@tafel.example');
      await page.waitForURL('**/mijn-gezinnen');
    });
    afterAll(() => context.close());

    it('sees on "Mijn gezinnen" that a parent disagrees with the plan', async () => {
      const group = page.getByRole('region', { name: /Ouders niet eens met het plan/ });
      await group.getByRole('link', { name: /Bakker/ }).waitFor();
      expect(await wcagViolations(page)).toEqual([]);
    });

    it('adds a goal to the draft with an agreement that serves it, and saves it', async () => {
      await page.goto(`${baseUrl()}/gezinnen/${caseId}/plan`);
      const draft = page.getByRole('region', { name: 'Concept' });
      await draft.getByRole('group', { name: 'Doel 2' }).waitFor();
      await draft.getByRole('button', { name: 'Doel toevoegen' }).click();
      const goal = draft.getByRole('group', { name: 'Doel 3' });
      const goalText = goal.getByRole('textbox', { name: 'Wat wil het gezin bereiken?' });
      // Saving with the new goal still empty says why nothing is saved, at the field, and goes there.
      await draft.getByRole('button', { name: 'Concept opslaan' }).click();
      await goal.getByText(/^Beschrijf het doel in \d+ tot \d+ tekens\.$/).waitFor();
      expect(await goalText.evaluate((el) => el === document.activeElement)).toBe(true);
      await goalText.fill('Vader en moeder praten elke week samen over Daan.');
      await goal.getByRole('button', { name: 'Afspraak toevoegen bij doel 3' }).click();
      await goal.getByRole('textbox', { name: 'Wie', exact: true }).fill('Sanne Bakker');
      await goal
        .getByRole('textbox', { name: 'Wat', exact: true })
        .fill('Belt de vader elke zondag over Daan');
      await goal.getByLabel('Uiterlijk op').fill('2027-03-01');
      expect(await wcagViolations(page)).toEqual([]);
      await draft.getByRole('button', { name: 'Concept opslaan' }).click();
      await draft.getByText('Opgeslagen.').waitFor();
      await page.reload();
      const saved = page.getByRole('region', { name: 'Concept' }).getByRole('group', { name: 'Doel 3' });
      expect(await saved.getByRole('textbox', { name: 'Wat', exact: true }).inputValue()).toBe(
        'Belt de vader elke zondag over Daan',
      );
    });

    it('reads the answer, per section, on the plan’s answers view', async () => {
      await page.goto(`${baseUrl()}/gezinnen/${caseId}`);
      await page.getByRole('link', { name: 'Plan van het gezin' }).click();
      await page.waitForURL(`**/gezinnen/${caseId}/plan`);
      const answers = page.getByRole('region', { name: 'Antwoorden van het gezin' });
      const worries = answers.getByRole('region', { name: 'Zorgen' });
      await worries.getByText('Sanne Bakker').waitFor();
      await worries.getByText('Niet eens').waitFor();
      await worries.getByText(ZIENSWIJZE).waitFor();
      // The answer and its date are words apart ("Niet eens op 30 november 2026"), not run together.
      expect(await worries.locator('li.answer').first().textContent()).toMatch(
        /Sanne Bakker: Niet eens op \d/,
      );
      const goingWell = answers.getByRole('region', { name: 'Wat goed gaat' });
      expect(await goingWell.getByText('Nog geen antwoord.').count()).toBe(1);
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  it('a 14-year-old sees the child view: their own section, without the plan’s texts', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await login(page, 'jongere@tafel.example');
    await page.waitForURL('**/mijn-gezin');
    await page.getByRole('heading', { level: 1, name: /Hoi Daan!/ }).waitFor();
    await page.getByText(/Je bent nog geen 16/).waitFor();
    await page.getByText(/Vraag het je regievoerder\./).waitFor();
    await page.getByRole('heading', { name: 'Wat vind jij?' }).waitFor();
    await page.getByRole('textbox', { name: 'Wat vind jij?' }).waitFor();
    expect(await page.textContent('body')).not.toContain('Oma helpt elke woensdag');
    expect(await page.getByRole('link', { name: /verslag/i }).count()).toBe(0);
    await noSideways(page);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});
