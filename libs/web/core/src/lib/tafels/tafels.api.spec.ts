import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DecisionInput, TafelRequestInput } from '@tafel/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { TafelsApi } from './tafels.api';

describe('TafelsApi', () => {
  let api: TafelsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(TafelsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('posts a request to /tafels and hands back the created tafel', async () => {
    const input: TafelRequestInput = {
      caseId: 'c1',
      momentType: 'toeleiding',
      reason: 'Zorgen over de veiligheid',
      voluntaryHelpTried: 'Gezinscoach',
      familiegroepsplanOffered: true,
      parentsReaction: 'Wij willen meedoen',
      consentToShare: true,
    };
    const created = firstValueFrom(api.request(input));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/tafels' });
    expect(request.request.body).toEqual(input);
    request.flush({ id: 't1' });
    await expect(created).resolves.toEqual({ id: 't1' });
  });

  it('lists all visible tafels, or those of one family', () => {
    api.list().subscribe();
    expect(http.expectOne('/api/v1/tafels').request.params.keys()).toEqual([]);
    api.list('c 1').subscribe();
    http.expectOne('/api/v1/tafels?caseId=c%201').flush([]);
  });

  it('asks slot proposals and sittings for a period in ISO time, leaving out open ends', () => {
    api.slotProposals('t1', { from: new Date('2026-04-13T00:00:00Z') }).subscribe();
    http.expectOne('/api/v1/tafels/t1/slot-proposals?from=2026-04-13T00:00:00.000Z').flush([]);
    api
      .sittings({ from: new Date('2026-04-13T00:00:00Z'), to: new Date('2026-04-18T00:00:00Z') })
      .subscribe();
    http.expectOne('/api/v1/sittings?from=2026-04-13T00:00:00.000Z&to=2026-04-18T00:00:00.000Z').flush([]);
  });

  it('puts the schedule with the reason for a move', () => {
    api
      .schedule('t1', { sittingId: 's1', startsAt: '2026-04-14T07:00:00Z', reason: 'Voorzitter ziek' })
      .subscribe();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/schedule' });
    expect(request.request.body).toEqual({
      sittingId: 's1',
      startsAt: '2026-04-14T07:00:00Z',
      reason: 'Voorzitter ziek',
    });
    request.flush({ tafel: {}, warnings: [] });
  });

  it('leaves a parent out with a reason on the participant resource', () => {
    api.notInvite('t1', 'p/2', 'Contactverbod van de rechter').subscribe();
    const request = http.expectOne({
      method: 'PUT',
      url: '/api/v1/tafels/t1/participants/p%2F2/not-invited',
    });
    expect(request.request.body).toEqual({ reason: 'Contactverbod van de rechter' });
    request.flush({});
  });

  it('answers the invitation, records attendance, cancels and decides on the tafel', () => {
    api.rsvp('t1', { response: 'declined' }).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' }).request.body).toEqual({
      response: 'declined',
    });

    api.recordAttendance('t1', [{ participantId: 'p1', attendance: 'present' }]).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/attendance' }).request.body).toEqual({
      items: [{ participantId: 'p1', attendance: 'present' }],
    });

    api.cancel('t1', 'Gezin verhuist').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/cancel' }).request.body).toEqual({
      reason: 'Gezin verhuist',
    });

    const decision: DecisionInput = {
      decision: 'no_investigation',
      rationale: 'Vrijwillige hulp werkt',
      parentsView: 'agree',
      parentsViewText: 'Eens',
      childHeard: 'in_person',
      agreements: [],
    };
    api.decide('t1', decision).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/decision' }).request.body).toEqual(
      decision,
    );
  });

  it('patches the status of an agreement', () => {
    api.setAgreementStatus('a1', 'done').subscribe();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/agreements/a1' });
    expect(request.request.body).toEqual({ status: 'done' });
    request.flush({});
  });

  it('adds a participant and creates a sitting', () => {
    api.addParticipant('t1', { role: 'raad', userId: 'u9' }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/tafels/t1/participants' }).request.body).toEqual({
      role: 'raad',
      userId: 'u9',
    });
    const sitting = {
      chairId: 'u1',
      secretaryId: 'u2',
      startsAt: '2026-04-14T07:00:00.000Z',
      endsAt: '2026-04-14T10:00:00.000Z',
      slotMinutes: 60,
      location: 'Stadskantoor',
    };
    api.createSitting(sitting).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/sittings' }).request.body).toEqual(sitting);
  });
});
