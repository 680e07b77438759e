import { SECURE_SESSION_COOKIE, sessionTokenFrom } from './session-cookie';

const token = 'A'.repeat(43);
const other = 'B'.repeat(43);

describe('sessionTokenFrom', () => {
  it('reads the plain cookie over http and the __Host- cookie first', () => {
    expect(sessionTokenFrom(`theme=dark; tafel_session=${token}`, false)).toBe(token);
    expect(sessionTokenFrom(`tafel_session=${other}; ${SECURE_SESSION_COOKIE}=${token}`, false)).toBe(token);
  });

  it('over https ignores a cookie under the plain name (planted by a subdomain)', () => {
    expect(sessionTokenFrom(`tafel_session=${token}`, true)).toBeNull();
    expect(sessionTokenFrom(`${SECURE_SESSION_COOKIE}=${token}`, true)).toBe(token);
  });

  it('has no token for a missing header or a value that is no token', () => {
    expect(sessionTokenFrom(undefined, false)).toBeNull();
    expect(sessionTokenFrom('tafel_session="x%20y"', false)).toBeNull();
  });
});
