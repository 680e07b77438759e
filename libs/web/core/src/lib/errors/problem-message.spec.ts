import { HttpErrorResponse } from '@angular/common/http';
import { addressReader, isProblemDetails, problemInvalidParams, problemMessage } from './problem-message';

const problem = (code: string, status: number) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 'x', status, code } });

describe('problemMessage', () => {
  it('translates wrong credentials into Dutch', () => {
    expect(problemMessage(problem('invalid_credentials', 401))).toBe(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
  });

  it('explains a hand-over to the current coordinator', () => {
    expect(problemMessage(problem('same_coordinator', 409))).toContain('al de regievoerder');
  });

  it("says why an action must wait for the tafel's day, that an e-mail address is taken, that a plan is unchanged", () => {
    expect(problemMessage(problem('too_early', 409))).toBe('Dit kan pas op de dag van de tafel.');
    expect(problemMessage(problem('email_in_use', 409))).toContain('al een account met dit e-mailadres');
    expect(problemMessage(problem('nothing_changed', 409))).toContain(
      'niets veranderd sinds de vorige versie',
    );
  });

  it('falls back on the HTTP status when the body is not a problem', () => {
    expect(problemMessage(new HttpErrorResponse({ status: 0 }))).toContain('niet bereikbaar');
    expect(problemMessage(new HttpErrorResponse({ status: 404, error: 'Not Found' }))).toContain(
      'geen toegang',
    );
  });

  it('says "je" to a child where the message addresses the reader, and "u" again after', async () => {
    await addressReader(true);
    expect(problemMessage(problem('forbidden', 403))).toBe('Je mag dit niet doen.');
    expect(problemMessage(new HttpErrorResponse({ status: 404 }))).toBe(
      'Dit bestaat niet, of je hebt er geen toegang toe.',
    );
    expect(problemMessage(new HttpErrorResponse({ status: 0 }))).toContain(
      'Controleer je internetverbinding',
    );
    expect(problemMessage(new HttpErrorResponse({ status: 429 }))).toMatch(/^Je hebt het te vaak geprobeerd/);
    expect(problemMessage(problem('unauthenticated', 401))).toBe(
      'Je bent niet meer ingelogd. Log opnieuw in.',
    );
    expect(problemMessage(problem('payload_too_large', 413))).toMatch(/^Wat je wilt versturen/);
    // A message that does not address the reader is the same for everyone.
    expect(problemMessage(problem('too_early', 409))).toBe('Dit kan pas op de dag van de tafel.');
    await addressReader(false);
    expect(problemMessage(problem('forbidden', 403))).toBe('U mag dit niet doen.');
    expect(problemMessage(new HttpErrorResponse({ status: 429 }))).toMatch(/^U heeft het te vaak geprobeerd/);
  });

  it('gives a general message for anything else', () => {
    expect(problemMessage(new Error('boom'))).toContain('Er ging iets mis');
  });

  it('recognises problem bodies by their known error code', () => {
    expect(isProblemDetails({ code: 'forbidden' })).toBe(true);
    expect(isProblemDetails({ code: 'made_up' })).toBe(false);
    expect(isProblemDetails(null)).toBe(false);
  });

  it('hands out the invalid params of a problem, and none for other failures', () => {
    const invalidParams = [{ name: 'reason', reason: 'must be longer than or equal to 10 characters' }];
    const error = new HttpErrorResponse({
      status: 400,
      error: { type: 'about:blank', title: 'x', status: 400, code: 'validation_failed', invalidParams },
    });
    expect(problemInvalidParams(error)).toEqual(invalidParams);
    expect(problemInvalidParams(problem('forbidden', 403))).toEqual([]);
    expect(problemInvalidParams(new Error('boom'))).toEqual([]);
  });
});
