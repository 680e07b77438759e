import { Injectable } from '@nestjs/common';

/**
 * The suppressed canonical tables of the ketenmonitor, kept per (metric, years) in this process, and
 * kept fresh behind the readers: a read gets the kept table at once, and a new one is computed in the
 * background when an event changed the metric, or `REFRESH_MS` after the last computation ended. Only
 * a table that is missing, or older than `TTL_MS` (the freshness bound: what another process wrote,
 * spans whose horizon passes with time), is computed while the reader waits.
 * A table nobody read for `IDLE_MS` is dropped instead of refreshed, unless it is kept for good (`keep`:
 * the stock's, computed when the API starts, one per metric).
 */
export const TTL_MS = 5_000;
export const REFRESH_MS = 2_000;
export const IDLE_MS = 60_000;
export const REFRESH_GAP_MS = 500;

interface Entry {
  metric: string;
  value: unknown;
  /** When the table was computed from the aggregates (the start of its computation). */
  at: number;
  /** When its last computation ended: the next one by age starts `REFRESH_MS` after it. */
  doneAt: number;
  /** When an event first made it stale since; null while nothing changed. */
  staleSince: number | null;
  readAt: number;
  compute: () => Promise<unknown>;
  refreshing: Promise<void> | null;
  /** Never dropped as idle. */
  keep: boolean;
}

@Injectable()
export class MonitorCache {
  private readonly entries = new Map<string, Entry>();

  async get<T>(
    metric: string,
    key: string,
    compute: () => Promise<T>,
    now = Date.now(),
    keep = false,
  ): Promise<T> {
    const k = `${metric}|${key}`;
    // One table of a metric is kept for good: keeping a new one lets the one before go idle.
    if (keep)
      for (const [other, entry] of this.entries) if (entry.metric === metric) entry.keep = other === k;
    const hit = this.entries.get(k);
    if (hit) {
      hit.readAt = now;
      const staleFor = hit.staleSince === null ? 0 : now - hit.staleSince;
      if (staleFor < TTL_MS && now - hit.at < TTL_MS) {
        if (hit.staleSince !== null || now - hit.doneAt >= REFRESH_MS) this.refresh(k, hit);
        return hit.value as T;
      }
      if (hit.refreshing) {
        await hit.refreshing;
        return (this.entries.get(k)?.value ?? (await compute())) as T;
      }
    }
    const at = Date.now();
    const value = await compute();
    this.entries.set(k, {
      metric,
      value,
      at,
      doneAt: Date.now(),
      staleSince: null,
      readAt: now,
      compute,
      refreshing: null,
      keep: keep || (this.entries.get(k)?.keep ?? false),
    });
    return value;
  }

  /** Marks the tables of these metrics stale (all when none are named) and refreshes the ones in use. */
  invalidate(metrics?: readonly string[], now = Date.now()): void {
    for (const [k, entry] of this.entries) {
      if (metrics && !metrics.includes(entry.metric)) continue;
      if (!entry.keep && now - entry.readAt > IDLE_MS) {
        this.entries.delete(k);
        continue;
      }
      entry.staleSince ??= now;
      this.refresh(k, entry);
    }
  }

  /** Forgets every table (the benchmark's cold reads; a rebuild). */
  clear(): void {
    this.entries.clear();
  }

  /** Computes the entry again in the background, one computation per entry at a time. */
  private refresh(k: string, entry: Entry): void {
    if (entry.refreshing) return;
    const started = Date.now();
    const stale = entry.staleSince;
    entry.refreshing = entry
      .compute()
      .then((value) => {
        if (this.entries.get(k) !== entry) return;
        entry.value = value;
        entry.at = started;
        // An event recorded while it was computing leaves the entry stale (and refreshed again).
        if (entry.staleSince === stale) entry.staleSince = null;
      })
      .catch(() => undefined)
      .finally(() => {
        entry.refreshing = null;
        entry.doneAt = Date.now();
        // Events recorded meanwhile: computed again, after a pause (a table that takes long to compute
        // under a steady stream of events leaves the process time for everything else).
        if (entry.staleSince !== null && this.entries.get(k) === entry)
          setTimeout(() => this.refresh(k, entry), REFRESH_GAP_MS).unref();
      });
  }
}
