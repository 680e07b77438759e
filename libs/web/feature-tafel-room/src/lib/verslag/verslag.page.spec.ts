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
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('a[download]')).toBeNull();
    const adopt = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('vaststellen'),
    );
    adopt?.click();
    http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/verslag/adopt' }).flush(adopted);
    await fixture.whenStable();
    expect(element.textContent).toContain('Het verslag is vastgesteld en gedeeld.');
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
      expect.arrayContaining(['Wie waren er', 'Besluit en onderbouwing', 'Afspraken']),
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
