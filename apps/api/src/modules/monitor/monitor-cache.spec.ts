import { IDLE_MS, MonitorCache, REFRESH_MS, TTL_MS } from './monitor-cache';

/** A computation that returns 1, 2, 3, … and counts its calls. */
function counter() {
  let n = 0;
  const compute = jest.fn(async () => ++n);
  return compute;
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('monitor cache', () => {
  it('computes a missing table once and keeps it', async () => {
    const cache = new MonitorCache();
    const compute = counter();
    const now = Date.now();
    expect(await cache.get('inflow', '2031', compute, now)).toBe(1);
    expect(await cache.get('inflow', '2031', compute, now + 10)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('after an event serves the kept table at once and computes the new one behind it', async () => {
    const cache = new MonitorCache();
    const compute = counter();
    const now = Date.now();
    await cache.get('inflow', '2031', compute, now);
    cache.invalidate(['outflow'], now);
    await settle();
    expect(compute).toHaveBeenCalledTimes(1);
    cache.invalidate(['inflow'], now);
    expect(await cache.get('inflow', '2031', compute, now + 1)).toBe(1);
    await settle();
    expect(await cache.get('inflow', '2031', compute, now + 2)).toBe(2);
  });

  it('refreshes a table read after REFRESH_MS, and makes the reader wait for one older than TTL_MS', async () => {
    const cache = new MonitorCache();
    const compute = counter();
    const now = Date.now();
    await cache.get('inflow', '2031', compute, now);
    expect(await cache.get('inflow', '2031', compute, now + REFRESH_MS + 1)).toBe(1);
    await settle();
    expect(compute).toHaveBeenCalledTimes(2);
    const late = Date.now() + TTL_MS + 1;
    expect(await cache.get('inflow', '2031', compute, late)).toBe(3);
  });

  it('drops a table nobody read for IDLE_MS instead of computing it again', async () => {
    const cache = new MonitorCache();
    const compute = counter();
    const now = Date.now();
    await cache.get('inflow', '2031', compute, now);
    cache.invalidate(['inflow'], now + IDLE_MS + 1);
    await settle();
    expect(compute).toHaveBeenCalledTimes(1);
    expect(await cache.get('inflow', '2031', compute, now + IDLE_MS + 2)).toBe(2);
  });

  it('keeps a table kept for good through idle time; keeping another of the metric lets it go', async () => {
    const cache = new MonitorCache();
    const compute = counter();
    const now = Date.now();
    await cache.get('stock', '2030,2031', compute, now, true);
    cache.invalidate(['stock'], now + IDLE_MS + 1);
    await settle();
    expect(compute).toHaveBeenCalledTimes(2);
    await cache.get('stock', '2030,2031,2032', counter(), now, true);
    cache.invalidate(['stock'], now + 2 * IDLE_MS + 2);
    await settle();
    expect(compute).toHaveBeenCalledTimes(2);
    expect(await cache.get('stock', '2030,2031', compute, now + 2 * IDLE_MS + 3)).toBe(3);
  });
});
