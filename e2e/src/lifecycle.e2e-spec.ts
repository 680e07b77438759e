import { rmSync } from 'node:fs';
import { startTafel, waitUntilUp } from '../support/tafel-process';

/** The first README command's promises: embedded database, demo data once, logins printed, clean Ctrl-C. */
describe('starting and stopping Tafel', () => {
  it('starts on an embedded PostgreSQL, prints the logins, stops on Ctrl-C and keeps its data', async () => {
    const first = await startTafel();
    try {
      await waitUntilUp(first.process, first.exited);
      const output = first.process.output();
      expect(output).toContain(`Tafel runs at ${first.process.url}`);
      expect(output).toContain('regievoerder.enschede@tafel.example');
      expect(output).toContain('tafel-demo-2026');
      expect(output).toContain('Seeded Twente demo data');
      expect(await first.process.stop()).toBe(0);
      // The app closes before its database stops: no query of its own is cut off by the database going down.
      expect(first.process.output()).not.toMatch(/database system is shutting down|terminating connection/);
      await expect(fetch(`${first.process.url}/api/v1/health`)).rejects.toThrow();

      const second = await startTafel({}, first.process.dataDir);
      await waitUntilUp(second.process, second.exited);
      expect(second.process.output()).not.toContain('Seeded Twente demo data');
      const login = await fetch(`${second.process.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ouder@tafel.example', password: 'tafel-demo-2026' }),
      });
      expect(login.status).toBe(200);
      expect(await second.process.stop()).toBe(0);
    } finally {
      await first.process.stop();
      rmSync(first.process.dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses to start in production without a real secret', async () => {
    const { process: tafel, exited } = await startTafel({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://127.0.0.1:1/x',
    });
    expect(await exited).toBe(1);
    expect(tafel.output()).toMatch(/SESSION_SECRET is required in production/);
    expect(tafel.output()).not.toContain('Seeded');
    rmSync(tafel.dataDir, { recursive: true, force: true });
  });
});
