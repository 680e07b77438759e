import { OIDC_FLOW_TTL_MS, newFlow, openFlow, sameState, sealFlow } from './oidc-flow';

const secret = 'a-session-secret-for-the-unit-test';

describe('the sealed OIDC flow cookie', () => {
  it('round-trips, and hides state, nonce and verifier from the browser', () => {
    const flow = newFlow('ab'.repeat(32));
    const sealed = sealFlow(flow, secret);
    expect(openFlow(sealed, secret)).toEqual(flow);
    for (const value of [flow.state, flow.nonce, flow.codeVerifier]) expect(sealed).not.toContain(value);
    expect(flow.state).not.toBe(flow.nonce);
  });

  it('refuses a tampered, foreign, expired or missing cookie', () => {
    const flow = newFlow(null, 1_000);
    const sealed = sealFlow(flow, secret);
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(openFlow(flipped, secret, 1_000)).toBeNull();
    expect(openFlow(sealed, 'another-secret', 1_000)).toBeNull();
    expect(openFlow(sealed, secret, 1_000 + OIDC_FLOW_TTL_MS)).toBeNull();
    expect(openFlow('short', secret)).toBeNull();
    expect(openFlow(undefined, secret)).toBeNull();
  });

  it('compares the returned state exactly', () => {
    expect(sameState('abc', 'abc')).toBe(true);
    expect(sameState('abd', 'abc')).toBe(false);
    expect(sameState(null, 'abc')).toBe(false);
  });
});
