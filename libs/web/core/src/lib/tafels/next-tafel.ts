import { TafelSummary } from '@tafel/shared/contracts';

/** The family's next tafel: the first one planned from now on, otherwise the one asked for most recently. */
export function nextTafel(tafels: readonly TafelSummary[], now = new Date()): TafelSummary | null {
  const coming = tafels
    .filter(
      (t) => (t.status === 'scheduled' || t.status === 'in_session') && t.endsAt && new Date(t.endsAt) > now,
    )
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  return coming[0] ?? tafels.find((t) => t.status === 'requested') ?? null;
}
