import { ConfigError, loadConfig } from './app-config';

const strong = 'q8Vb3kN1xZp0LmR7sT2wY5uH9cJ4eF6gA1dK';
const totpKey = 'm1K3p9Qw2Zr7Tx5Vb8Nc4Ld6Hf0Gs2Ja1Ue3Yo7Ri9E=';

describe('loadConfig', () => {
  it('refuses to start in production without a secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(ConfigError);
  });

  it('refuses a short or default-looking secret in production', () => {
    for (const secret of ['short', 'changeme-changeme-changeme-changeme-123']) {
      expect(() =>
        loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: secret }),
      ).toThrow(/SESSION_SECRET/);
    }
  });

  it('refuses production without an external database and with demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: strong })).toThrow(/DATABASE_URL/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: strong,
        DATABASE_URL: 'postgres://x/y',
        TAFEL_DEMO: 'true',
      }),
    ).toThrow(/TAFEL_DEMO/);
  });

  it('never seeds demo data in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: strong,
      TOTP_ENCRYPTION_KEY: totpKey,
      DATABASE_URL: 'postgres://x/y',
    });
    expect(config.demo).toBe(false);
    expect(config.sessionSecret).toBe(strong);
  });

  it('uses an embedded database, demo data and a random secret in development', () => {
    const a = loadConfig({});
    const b = loadConfig({});
    expect(a.databaseUrl).toBeNull();
    expect(a.demo).toBe(true);
    expect(a.sessionSecret).toHaveLength(64);
    expect(a.sessionSecret).not.toBe(b.sessionSecret);
  });

  it('requires a strong TOTP encryption key in production, and has a fixed one elsewhere', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: strong };
    expect(() => loadConfig(production)).toThrow(/TOTP_ENCRYPTION_KEY is required/);
    for (const weak of ['short', 'a'.repeat(64), Buffer.alloc(32, 7).toString('base64')]) {
      expect(() => loadConfig({ ...production, TOTP_ENCRYPTION_KEY: weak })).toThrow(/TOTP_ENCRYPTION_KEY/);
    }
    const development = loadConfig({}).totpEncryptionKey;
    expect(development).toHaveLength(32);
    expect(() => loadConfig({ ...production, TOTP_ENCRYPTION_KEY: development.toString('hex') })).toThrow(
      /TOTP_ENCRYPTION_KEY/,
    );
    expect(loadConfig({ ...production, TOTP_ENCRYPTION_KEY: totpKey }).totpEncryptionKey).toEqual(
      Buffer.from(totpKey, 'base64'),
    );
  });

  it('trusts no proxy unless TRUST_PROXY lists addresses, CIDRs or range names', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
      '::1',
    ]);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example', '*']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('rejects a non-numeric port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});

describe('loadConfig: invitations and OIDC login', () => {
  const oidc = {
    OIDC_ISSUER: 'https://broker.example/oidc',
    OIDC_CLIENT_ID: 'tafel',
    OIDC_CLIENT_SECRET: 'a-client-secret',
  };

  it('lets an invitation work a week unless configured', () => {
    expect(loadConfig({}).invitationTtlHours).toBe(168);
    expect(loadConfig({ INVITATION_TTL_HOURS: '48' }).invitationTtlHours).toBe(48);
    expect(() => loadConfig({ INVITATION_TTL_HOURS: '-1' })).toThrow(/INVITATION_TTL_HOURS/);
  });

  it("keeps the live notes' batch interval within the durability target", () => {
    expect(loadConfig({}).notesFlushMs).toBe(50);
    expect(loadConfig({ NOTES_FLUSH_MS: '200' }).notesFlushMs).toBe(200);
    expect(() => loadConfig({ NOTES_FLUSH_MS: '5000' })).toThrow(/NOTES_FLUSH_MS/);
    expect(() => loadConfig({ NOTES_FLUSH_MS: '0' })).toThrow(/NOTES_FLUSH_MS/);
  });

  it('disables OIDC without an issuer and defaults to substantieel with the DigiD levels', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(loadConfig({ ...oidc, APP_URL: 'https://tafel.example/' }).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      clientId: 'tafel',
      clientSecret: 'a-client-secret',
      redirectUri: 'https://tafel.example/api/v1/auth/oidc/callback',
      acrLevels: ['basis', 'midden', 'substantieel', 'hoog'],
      minAcr: 'substantieel',
      allowInsecureHttp: false,
    });
  });

  it("takes the broker's own acr values, weakest first", () => {
    const levels = 'urn:eidas:loa:low, urn:eidas:loa:substantial ,urn:eidas:loa:high';
    const config = loadConfig({
      ...oidc,
      OIDC_ACR_LEVELS: levels,
      OIDC_MIN_ACR: 'urn:eidas:loa:substantial',
    });
    expect(config.oidc?.acrLevels).toEqual([
      'urn:eidas:loa:low',
      'urn:eidas:loa:substantial',
      'urn:eidas:loa:high',
    ]);
    expect(() => loadConfig({ ...oidc, OIDC_ACR_LEVELS: levels })).toThrow(/OIDC_MIN_ACR/);
  });

  it('needs client credentials and https (http only for a local broker outside production)', () => {
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://broker.example' })).toThrow(/https/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'not a url' })).toThrow(/OIDC_ISSUER/);
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.allowInsecureHttp).toBe(true);
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SESSION_SECRET: strong,
      TOTP_ENCRYPTION_KEY: totpKey,
    };
    expect(() => loadConfig({ ...production, ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000' })).toThrow(
      /https/,
    );
  });
});
