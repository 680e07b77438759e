import { RateLimit } from './rate-limit';

describe('RateLimit', () => {
  it('allows a burst, then refuses until time refills the bucket', () => {
    let now = 0;
    const limit = new RateLimit(10, 3, () => now);
    expect([limit.take(), limit.take(), limit.take(), limit.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect(limit.take()).toBe(true);
    expect(limit.take()).toBe(false);
    now += 10_000;
    expect([limit.take(), limit.take(), limit.take(), limit.take()]).toEqual([true, true, true, false]);
  });
});
