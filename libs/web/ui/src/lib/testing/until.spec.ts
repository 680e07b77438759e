import { until } from './until';

describe('until', () => {
  it('returns what the check gives once it gives something', async () => {
    let calls = 0;
    expect(await until(() => (++calls >= 3 ? 'klaar' : undefined))).toBe('klaar');
    expect(calls).toBe(3);
  });

  it('fails when nothing comes in time', async () => {
    await expect(until(() => false, 50)).rejects.toThrow(/Nothing came within 50 ms/);
  });
});
