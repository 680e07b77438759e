import { Injectable } from '@nestjs/common';

/**
 * The suppressed canonical tables of the ketenmonitor, kept per (metric, years) in this process.
 * The projection drops a metric's tables when it records an event that changes it; a table is also
 * never older than `TTL_MS`, which bounds the freshness of what another process wrote (a second
 * API instance, `npm run monitor:rebuild`) and of spans whose horizon passes with time.
 */
export const TTL_MS = 5_000;

@Injectable()
export class MonitorCache {
  private readonly entries = new Map<string, { at: number; value: unknown }>();
  /** Bumped by every invalidation: a table computed across one is not kept. */
  private generation = 0;

  async get<T>(metric: string, key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const k = `${metric}|${key}`;
    const hit = this.entries.get(k);
    if (hit && now - hit.at < TTL_MS) return hit.value as T;
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) this.entries.set(k, { at: now, value });
    return value;
  }

  /** Drops the tables of these metrics (all metrics when none are named). */
  invalidate(metrics?: readonly string[]): void {
    this.generation++;
    if (!metrics) return this.entries.clear();
    for (const k of this.entries.keys()) {
      if (metrics.includes(k.slice(0, k.indexOf('|')))) this.entries.delete(k);
    }
  }
}
