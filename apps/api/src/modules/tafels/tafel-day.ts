import { dutchDate } from '@tafel/shared/util';
import { beforeTheDay } from './tafels.errors';

/** Attendance and a decision are recorded on the tafel's day or later, never ahead of it. */
export function refuseBeforeTheDay(
  tafel: { startsAt: Date | null },
  now: Date,
  what: 'attendance' | 'decision',
): void {
  if (tafel.startsAt && dutchDate(now) < dutchDate(tafel.startsAt)) {
    throw beforeTheDay(
      `The tafel is on ${dutchDate(tafel.startsAt)}: its ${what} is recorded from that day on`,
    );
  }
}

/**
 * When a tafel was held, as its timeline tells it: when it began — its start, or the opening of its room
 * when that came later (a tafel that started late) — unless that is still to come when the decision is
 * recorded (`decidedAt`); then the moment of the decision.
 */
export function heldAt(
  tafel: { startsAt: Date | null },
  decidedAt: Date,
  openedAt: Date | null | undefined = null,
): Date {
  const began = openedAt && (!tafel.startsAt || openedAt > tafel.startsAt) ? openedAt : tafel.startsAt;
  return began && began < decidedAt ? began : decidedAt;
}
