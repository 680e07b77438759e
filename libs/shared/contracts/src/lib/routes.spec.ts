import { API_ROUTES, apiPath } from './routes';

describe('apiPath', () => {
  it('returns a route without parameters as it is', () => {
    expect(apiPath(API_ROUTES.tafels)).toBe('tafels');
  });

  it('fills in every parameter, encoded', () => {
    expect(apiPath(API_ROUTES.tafelParticipantNotInvited, { id: 't 1', participantId: 'p/2' })).toBe(
      'tafels/t%201/participants/p%2F2/not-invited',
    );
    expect(apiPath(API_ROUTES.invitationAccept, { token: 'a+b' })).toBe('invitations/a%2Bb/accept');
  });

  it('refuses a missing parameter instead of sending ":id" to the API', () => {
    const params = {} as { id: string };
    expect(() => apiPath(API_ROUTES.case, params)).toThrow(':id');
    // @ts-expect-error: the compiler already asks for the parameters of a route that has them.
    expect(() => apiPath(API_ROUTES.case)).toThrow(':id');
  });

  it('names every route once', () => {
    const routes = Object.values(API_ROUTES);
    expect(new Set(routes).size).toBe(routes.length);
  });
});
