import { ConfigError, loadConfig } from './app-config';

const strong = 'q8Vb3kN1xZp0LmR7sT2wY5uH9cJ4eF6gA1dK';

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

  it('rejects a non-numeric port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
