import { TestBed } from '@angular/core/testing';
import { Role, TafelDetail, TafelStatus, Verslag } from '@tafel/shared/contracts';
import { signIn } from '@tafel/web/core/testing';
import { VerslagPage } from './verslag.page';

const adopted: Verslag = {
  tafelId: 't1',
  status: 'adopted',
  content: {
    momentType: 'toeleiding',
    heldAt: '2026-04-14T07:00:00Z',
    place: 'Stadskantoor, spreekkamer 2',
    participants: [{ name: 'Joke Nijenhuis', role: 'chair', attendance: 'present' }],
    childHeard: 'in_person',
    discussion: [{ key: 'worries', title: 'De zorgen', text: 'Zorgen over schoolverzuim.' }],
    decision: 'no_investigation',
    rationale: 'De hulp loopt goed.',
    agreements: [],
    parentsView: 'agree',
    parentsViewText: 'Wij zijn het eens.',
  },
  adoptedAt: '2026-04-15T10:00:00Z',
  adoptedBy: 'Joke Nijenhuis',
  hash: 'a'.repeat(64),
  dueBy: '2026-04-21',
  normBroken: false,
  replies: [],
  sharedSectionsOnly: false,
};

const EMPTY_DECISION_NOTES = { key: 'decision', title: 'Besluit', text: '' };

/** The page asks for the tafel first: its status says whether there is a verslag to ask for. */
async function open(role: Role, verslag: Verslag | null, status: TafelStatus = 'minutes_adopted') {
  const http = await signIn(role);
  const fixture = TestBed.createComponent(VerslagPage);
  fixture.componentRef.setInput('id', 't1');
  await fixture.whenStable();
  http.expectOne('/api/v1/tafels/t1').flush({ id: 't1', status } as TafelDetail);
  await fixture.whenStable();
  if (verslag) http.expectOne('/api/v1/tafels/t1/verslag').flush(verslag);
  await fixture.whenStable();
  return { http, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('VerslagPage', () => {
  it('shows a parent the adopted verslag, the PDF link, and takes a reaction', async () => {
    const { http, fixture, element } = await open('parent', adopted);
    expect(element.textContent).toContain('Zorgen over schoolverzuim.');
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/v1/tafels/t1/verslag/pdf');
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Wij willen dat de school meedenkt.';
    textarea.dispatchEvent(new Event('input'));
    (element.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/verslag/replies' });
    expect(request.request.body).toEqual({ text: 'Wij willen dat de school meedenkt.' });
    request.flush({
      ...adopted,
      replies: [
        {
          id: 'r1',
          author: 'Sanne Bakker',
          text: 'Wij willen dat de school meedenkt.',
          createdAt: '2026-04-16T08:00:00Z',
        },
      ],
    });
    await fixture.whenStable();
    expect(element.textContent).toContain('Uw reactie is toegevoegd.');
    expect(element.querySelector('.reply')?.textContent).toContain('Sanne Bakker');
    http.verify();
  });

  it('says what was not recorded instead of an empty list or a dash', async () => {
    const { http, element } = await open('coordinator', {
      ...adopted,
      content: { ...adopted.content, place: null, participants: [] },
    });
    const text = (id: string) => element.querySelector(`section[aria-labelledby=${id}]`)?.textContent;
    expect(text('v-when')).toContain('Geen plaats vastgelegd.');
    expect(text('v-when')).not.toContain('—');
    expect(text('v-who')).toContain('Niet vastgelegd.');
    http.verify();
  });

  it('refuses an empty reaction without calling the API', async () => {
    const { http, fixture, element } = await open('parent', adopted);
    (element.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Schrijf eerst uw reactie.');
    http.verify();
  });

  it('lets the secretary adopt a draft, and offers no reaction form', async () => {
    const { http, fixture, element } = await open(
      'secretary',
      { ...adopted, status: 'draft', hash: null, adoptedAt: null },
      'concluded',
    );
    expect(element.querySelector('form.reply-form')).toBeNull();
    expect(element.querySelector('a[download]')).toBeNull();
    const adopt = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('vaststellen'),
    );
    adopt?.click();
    await fixture.whenStable();
    // Adopting cannot be undone: nothing is sent before the confirmation.
    http.expectNone({ method: 'POST', url: '/api/v1/tafels/t1/verslag/adopt' });
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Daarna kan niemand het verslag nog veranderen.');
    const confirm = Array.from(dialog.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Vaststellen en delen'),
    );
    confirm?.click();
    http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/verslag/adopt' }).flush(adopted);
    await fixture.whenStable();
    expect(element.textContent).toContain('Het verslag is vastgesteld en gedeeld.');
    http.verify();
  });

  it('lets the secretary correct the draft before adopting it', async () => {
    const { http, fixture, element } = await open(
      'secretary',
      { ...adopted, status: 'draft', hash: null, adoptedAt: null },
      'concluded',
    );
    const section = element.querySelector('textarea[name="section-worries"]') as HTMLTextAreaElement;
    expect(section.value).toBe('Zorgen over schoolverzuim.');
    section.value = 'Zorgen over schoolverzuim en slapen.';
    section.dispatchEvent(new Event('input'));
    const save = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Concept opslaan'),
    );
    save?.click();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/verslag' });
    expect(request.request.body).toEqual({
      discussion: [{ key: 'worries', text: 'Zorgen over schoolverzuim en slapen.' }],
      rationale: 'De hulp loopt goed.',
      parentsViewText: 'Wij zijn het eens.',
    });
    const corrected = { ...adopted.content.discussion[0], text: 'Zorgen over schoolverzuim en slapen.' };
    request.flush({
      ...adopted,
      status: 'draft',
      hash: null,
      adoptedAt: null,
      content: { ...adopted.content, discussion: [corrected] },
    });
    await fixture.whenStable();
    expect(element.querySelector('#v-worries + .text')?.textContent).toBe(
      'Zorgen over schoolverzuim en slapen.',
    );
    http.verify();
  });

  it("says who was there and who was not, how the child was heard, and the parents' view, without ISO dates", async () => {
    const { http, element } = await open('parent', {
      ...adopted,
      dueBy: '2026-04-21',
      normBroken: true,
      content: {
        ...adopted.content,
        participants: [
          { name: 'Joke Nijenhuis', role: 'chair', attendance: 'present' },
          { name: 'Esra Boerrigter', role: 'parent', attendance: 'absent' },
        ],
        agreements: [{ owner: 'Moeder', what: 'Belt de huisarts', dueDate: '2026-04-30' }],
        parentsView: 'disagree',
        parentsViewText: 'Wij vinden onderzoek niet nodig.',
      },
    });
    const who = Array.from(element.querySelectorAll('#v-who ~ ul li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(who).toEqual(['Joke Nijenhuis (Voorzitter): Aanwezig', 'Esra Boerrigter (Ouder): Afwezig']);
    expect(element.textContent).toContain('Zelf, in een gesprek of aan tafel');
    expect(element.querySelector('#v-parents ~ p')?.textContent?.trim()).toBe('Oneens met het besluit');
    expect(element.textContent).toContain('Moeder: Belt de huisarts (uiterlijk 30 april 2026)');
    expect(element.textContent).toContain(
      'later vastgesteld dan de afspraak in de regio (uiterlijk 21 april 2026)',
    );
    expect(element.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    http.verify();
  });

  it('leaves out the agenda items nothing was written for', async () => {
    const { http, element } = await open('parent', {
      ...adopted,
      content: { ...adopted.content, discussion: [...adopted.content.discussion, EMPTY_DECISION_NOTES] },
    });
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toContain('De zorgen');
    expect(headings).not.toContain('Besluit');
    expect(element.textContent).not.toContain('geen aantekeningen');
    http.verify();
  });

  it('says so when nothing was written down during the tafel', async () => {
    const { http, element } = await open('parent', {
      ...adopted,
      content: { ...adopted.content, discussion: [EMPTY_DECISION_NOTES] },
    });
    expect(element.textContent).toContain('Tijdens het gesprek zijn geen aantekeningen gemaakt.');
    http.verify();
  });

  it('shows a child under 16 only the shared sections, with a line saying so, and no empty headings', async () => {
    const { http, element } = await open('child', {
      ...adopted,
      hash: null,
      sharedSectionsOnly: true,
      content: {
        ...adopted.content,
        participants: [],
        childHeard: null,
        decision: null,
        rationale: null,
        agreements: [],
        parentsView: null,
        parentsViewText: null,
      },
    });
    expect(element.textContent).toContain('Dit deel van het gesprek is met jou gedeeld.');
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Datum en plaats', 'De zorgen']);
    expect(element.textContent).toContain('Zorgen over schoolverzuim.');
    expect(element.querySelector('a[download]')).toBeNull();
    expect(element.querySelector('form')).toBeNull();
    http.verify();
  });

  it('shows a parent every heading of the full verslag, without the shared-sections line', async () => {
    const { http, element } = await open('parent', adopted);
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(
      expect.arrayContaining([
        'Wie er waren',
        'Hoe het kind is gehoord',
        'Besluit en onderbouwing',
        'Afspraken',
      ]),
    );
    expect(element.textContent).not.toContain('met jou gedeeld');
    http.verify();
  });

  it('says plainly that there is no verslag yet before the tafel, without asking for it', async () => {
    const { http, element } = await open('secretary', null, 'in_session');
    expect(element.querySelector('.box')?.textContent).toContain('Er is nog geen verslag.');
    expect(element.querySelector('[role=alert]')).toBeNull();
    expect(element.querySelector('a[href="/tafels/t1"]')?.textContent).toBe('Terug naar de tafel');
    http.verify();
  });

  it('tells a parent that the verslag of a concluded tafel comes once adopted, with a way home', async () => {
    const { http, element } = await open('parent', null, 'concluded');
    expect(element.textContent).toContain('Als het is vastgesteld, leest u het hier.');
    expect(element.querySelector('a[href="/mijn-gezin"]')?.textContent).toBe('Terug naar Mijn gezin');
    http.verify();
  });
});
