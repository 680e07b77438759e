import { Sitting, TafelSummary } from '@tafel/shared/contracts';
import { addDays, amsterdamWallClock, formatTimeRange, mondayOf } from '@tafel/web/ui';
import { tafelLabel } from '../shared/tafel-label';

export interface AgendaSlot {
  key: string;
  time: string;
  tafelId: string | null;
  /** For a booked slot: the tafel's name when the user may see it. */
  label: string | null;
}

export interface AgendaSitting {
  id: string;
  time: string;
  location: string;
  chair: string;
  secretary: string;
  slots: AgendaSlot[];
}

export interface AgendaDay {
  date: string;
  sittings: AgendaSitting[];
}

export interface Person {
  id: string;
  name: string;
}

/** Monday to Friday of the week starting at `monday`, each with its sittings and their slots. */
export function buildWeek(
  locale: string,
  monday: string,
  sittings: readonly Sitting[],
  tafels: readonly TafelSummary[],
): AgendaDay[] {
  const names = new Map(tafels.map((t) => [t.id, tafelLabel(t)]));
  return [0, 1, 2, 3, 4].map((offset) => {
    const date = addDays(monday, offset);
    return {
      date,
      sittings: sittings
        .filter((s) => amsterdamWallClock(new Date(s.startsAt)).date === date)
        .map((s) => ({
          id: s.id,
          time: formatTimeRange(locale, s.startsAt, s.endsAt),
          location: s.location,
          chair: s.chair,
          secretary: s.secretary,
          slots: s.slots.map((slot) => ({
            key: slot.startsAt,
            time: formatTimeRange(locale, slot.startsAt, slot.endsAt),
            tafelId: slot.tafelId,
            label: slot.tafelId ? (names.get(slot.tafelId) ?? null) : null,
          })),
        })),
    };
  });
}

/** The different people who held a role in these sittings, by name. */
export function peopleIn(sittings: readonly Sitting[], role: 'chair' | 'secretary'): Person[] {
  const people = new Map<string, string>();
  for (const s of sittings) people.set(role === 'chair' ? s.chairId : s.secretaryId, s[role]);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The Monday of the week in the URL, or of the working week to come (on a weekend: the next one). */
export function weekStart(param: string | null, today = amsterdamWallClock(new Date()).date): string {
  const valid = param && /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(param));
  if (valid) return mondayOf(param);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? addDays(mondayOf(today), 7) : mondayOf(today);
}
