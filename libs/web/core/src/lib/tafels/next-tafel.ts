import { TafelSummary } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';

/**
 * The family's next tafel: the one in session (also when it runs past its planned end), else the first one
 * planned that has not ended or is today (the chair may open it late, as `roomEntry` allows), otherwise the
 * one asked for most recently.
 */
export function nextTafel(tafels: readonly TafelSummary[], now = new Date()): TafelSummary | null {
  const today = dutchDate(now);
  const coming = tafels
    .filter(
      (t) =>
        t.status === 'in_session' ||
        (t.status === 'scheduled' &&
          !!t.startsAt &&
          !!t.endsAt &&
          (new Date(t.endsAt) > now || dutchDate(new Date(t.startsAt)) === today)),
    )
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  return coming[0] ?? tafels.find((t) => t.status === 'requested') ?? null;
}
