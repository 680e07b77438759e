import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChainEvent } from '@tafel/shared/contracts';
import { Timeline } from './timeline';

const NO_NAMES: ChainEvent['names'] = { people: {}, organisations: {} };

describe('Timeline', () => {
  it('lists events with Dutch labels, Dutch dates, actor and reason', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'nl' }] });
    const attribution = {
      gemeente: 'Enschede',
      organisationId: null,
      actorRole: 'coordinator',
      requesterType: null,
      giOrganisationId: null,
    } as const;
    const events: ChainEvent[] = [
      {
        id: 'e2',
        type: 'coordinator_handed_over',
        occurredAt: '2025-03-12T13:05:00Z',
        actor: 'Anna de Vries',
        data: { fromCoordinatorId: null, toCoordinatorId: 'u2', reason: 'Gezin verhuist naar Hengelo' },
        attribution,
        names: NO_NAMES,
      },
      {
        id: 'e1',
        type: 'case_opened',
        occurredAt: '2025-01-02T09:00:00Z',
        actor: null,
        data: { gemeente: 'Enschede' },
        attribution,
        names: NO_NAMES,
      },
    ];
    const fixture = TestBed.createComponent(Timeline);
    fixture.componentRef.setInput('events', events);
    fixture.detectChanges();

    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Regie overgedragen');
    expect(items[0].textContent).toContain('12 maart 2025 om 14:05');
    expect(items[0].textContent).toContain('door Anna de Vries');
    expect(items[0].textContent).toContain('Reden: Gezin verhuist naar Hengelo');
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2025-03-12T13:05:00Z');
    expect(items[1].textContent).toContain('Gezin aangemeld');
    expect(items[1].textContent).not.toContain('door');
  });

  it('says from which phase to which, and that a tafel follows from the decision of an earlier one', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'nl' }] });
    const attribution = {
      gemeente: 'Enschede',
      organisationId: null,
      actorRole: 'chair',
      requesterType: null,
      giOrganisationId: null,
    } as const;
    const requested = (id: string, followsTafelId: string | null): ChainEvent => ({
      id,
      type: 'tafel_requested',
      occurredAt: '2026-11-30T10:00:00Z',
      actor: 'Joke Nijenhuis',
      data: {
        tafelId: 't2',
        momentType: 'herbespreking',
        parentsReaction: null,
        familiegroepsplanOffered: null,
        voluntaryHelpDescribed: null,
        followsTafelId,
      },
      attribution,
      names: NO_NAMES,
    });
    const events: ChainEvent[] = [
      {
        id: 'e1',
        type: 'phase_changed',
        occurredAt: '2026-11-30T10:00:00Z',
        actor: 'Joke Nijenhuis',
        data: { from: 'toeleiding', to: 'drang' },
        attribution,
        names: NO_NAMES,
      },
      requested('e2', 't1'),
      requested('e3', null),
    ];
    const fixture = TestBed.createComponent(Timeline);
    fixture.componentRef.setInput('events', events);
    fixture.detectChanges();
    const what = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.what')).map(
      (span) => span.textContent,
    );
    expect(what).toEqual([
      'Fase gewijzigd van Toeleiding naar Drang',
      'Tafel aangevraagd na het besluit van een eerdere tafel',
      'Tafel aangevraagd',
    ]);
  });

  it('says whether a young person of 16+ gave or withdrew consent', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'nl' }] });
    const consent = (id: string, sharesWithParents: boolean): ChainEvent => ({
      id,
      type: 'consent_changed',
      occurredAt: '2025-03-12T13:05:00Z',
      actor: 'Sem Bakker',
      data: { memberId: 'm1', sharesWithParents },
      attribution: {
        gemeente: 'Enschede',
        organisationId: null,
        actorRole: 'child',
        requesterType: null,
        giOrganisationId: null,
      },
      names: NO_NAMES,
    });
    const fixture = TestBed.createComponent(Timeline);
    fixture.componentRef.setInput('events', [consent('e2', false), consent('e1', true)]);
    fixture.detectChanges();

    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('li');
    expect(items[0].textContent).toContain('trekt toestemming in');
    expect(items[1].textContent).toContain('geeft toestemming');
    expect(items[1].textContent).toContain('door Sem Bakker');
  });

  it('names who handed regie to whom, the GI, the advice and the measure; for the family no professional names', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'nl' }] });
    const attribution = {
      gemeente: 'Almelo',
      organisationId: null,
      actorRole: 'professional',
      requesterType: null,
      giOrganisationId: 'gi',
    } as const;
    const people = {
      u1: { name: 'Anneke Boswinkel', organisation: 'Wijkteam Almelo' },
      u2: { name: 'Rik Huttenhuis', organisation: 'Jeugdbescherming Overijssel' },
    };
    const organisations = { gi: 'Jeugdbescherming Overijssel' };
    const base = { occurredAt: '2026-12-01T01:00:00Z', actor: 'Anneke Boswinkel', attribution };
    const events: ChainEvent[] = [
      {
        ...base,
        id: 'e1',
        type: 'coordinator_handed_over',
        data: { fromCoordinatorId: 'u1', toCoordinatorId: 'u2', reason: 'Overdracht geaccepteerd' },
        names: { people, organisations: {} },
      },
      {
        ...base,
        id: 'e2',
        type: 'handover_sent',
        data: { giOrganisationId: 'gi', handoverId: 'h1', toOrganisationId: 'gi' },
        names: { people: {}, organisations },
      },
      {
        ...base,
        id: 'e3',
        type: 'investigation_finished',
        data: { advice: 'request_measure' },
        names: NO_NAMES,
      },
      {
        ...base,
        id: 'e4',
        type: 'court_order',
        data: {
          measureId: 'm1',
          measureType: 'ots',
          startsOn: '2026-12-01',
          endsOn: '2027-12-01',
          giOrganisationId: 'gi',
        },
        names: { people: {}, organisations },
      },
      {
        ...base,
        id: 'e5',
        type: 'coordinator_handed_over',
        data: { fromCoordinatorId: 'u1', toCoordinatorId: 'u2', reason: 'Overdracht geaccepteerd' },
        names: {
          people: {
            u1: { name: null, organisation: 'Wijkteam Almelo' },
            u2: { name: null, organisation: 'Jeugdbescherming Overijssel' },
          },
          organisations: {},
        },
      },
    ];
    const fixture = TestBed.createComponent(Timeline);
    fixture.componentRef.setInput('events', events);
    fixture.detectChanges();
    const details = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.detail')).map(
      (span) => span.textContent,
    );
    expect(details).toEqual([
      'Van Anneke Boswinkel (Wijkteam Almelo) naar Rik Huttenhuis (Jeugdbescherming Overijssel)',
      'Naar Jeugdbescherming Overijssel',
      'Advies: een maatregel vragen',
      'Ondertoezichtstelling (OTS), tot 1 december 2027, uitgevoerd door Jeugdbescherming Overijssel',
      'Van Wijkteam Almelo naar Jeugdbescherming Overijssel',
    ]);
  });
});
