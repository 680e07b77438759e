import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NOTE_AGENDAS, RoomShareInput, RoomState, TafelStatus } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { EventBus } from '../../common/events/event-bus';
import { invalid } from '../../common/problem/domain-error';
import { TafelQueriesService } from '../tafels/tafel-queries.service';

type Listener = (state: RoomState) => void;

interface Row {
  version: string;
  agendaItem: string | null;
  lastChange: string | null;
  sharedSections: string[] | null;
  status: TafelStatus;
}

/** What one change sets besides the version: the agenda item, or one section shared or not. */
type Patch = { agendaItem?: string; share?: { agendaItem: string; shared: boolean } };

/**
 * The meeting state of each tafel's live room: the agenda item under discussion, and a version that
 * rises with every committed change — its own, and every change of the tafel made through the API
 * (after commit, from the event bus). Listeners (the realtime gateway) get each new state, in order
 * per tafel; a reconnecting client asks `current` and compares versions. Transport-free.
 */
@Injectable()
export class TafelRoomService implements OnModuleInit {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly queries: TafelQueriesService,
  ) {}

  onModuleInit(): void {
    this.bus.on('tafel.changed', ({ tafelId, change }) => this.change(tafelId, change).then(() => undefined));
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The state as committed now (version 0 when nothing happened yet); null when there is no such tafel. */
  async current(tafelId: string): Promise<RoomState | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT coalesce(s.version, 0) AS version, s.agenda_item AS "agendaItem", s.last_change AS "lastChange",
              s.shared_sections AS "sharedSections", t.status
         FROM tafel t LEFT JOIN tafel_room_state s ON s.tafel_id = t.id WHERE t.id = $1`,
      [tafelId],
    );
    return rows[0] ? toState(tafelId, rows[0]) : null;
  }

  /** Moves the discussion to an agenda item (validated by the caller against the agenda). */
  setAgendaItem(tafelId: string, agendaItem: string): Promise<RoomState> {
    return this.change(tafelId, 'agenda_item', { agendaItem });
  }

  /**
   * The chair shares an agenda section with children under 16 ("delen met kind"), or stops sharing it
   * (`tafel.room.share` in the access table); committed, then broadcast like every change. What a
   * child then receives of the notes is the viewer policy's `notesViewOf`.
   */
  async share(user: AuthUser, tafelId: string, input: RoomShareInput): Promise<RoomState> {
    const tafel = await this.queries.requireTafel(this.dataSource.manager, user, tafelId, 'tafel.room.share');
    if (!NOTE_AGENDAS[tafel.momentType].some((item) => item.key === input.agendaItem)) {
      throw invalid([{ name: 'agendaItem', reason: 'is not an agenda item of this tafel' }]);
    }
    return this.change(tafelId, 'shared_sections', { share: input });
  }

  /** The agenda items shared with children under 16 (none before the first change). */
  async sharedSections(tafelId: string): Promise<string[]> {
    return (await this.current(tafelId))?.sharedSections ?? [];
  }

  /** Raises the version in one statement (concurrent changes get distinct versions), then tells listeners. */
  private async change(tafelId: string, change: string, patch: Patch = {}): Promise<RoomState> {
    const { agendaItem, share } = patch;
    const rows: Row[] = await this.dataSource.query(
      `WITH changed AS (
         INSERT INTO tafel_room_state AS s (tafel_id, version, agenda_item, last_change, shared_sections)
         VALUES ($1, 1, $3, $2, CASE WHEN $6 THEN ARRAY[$5::text] ELSE '{}'::text[] END)
         ON CONFLICT (tafel_id) DO UPDATE SET version = s.version + 1, last_change = EXCLUDED.last_change,
           agenda_item = CASE WHEN $4 THEN EXCLUDED.agenda_item ELSE s.agenda_item END,
           shared_sections = CASE
             WHEN $5::text IS NULL THEN s.shared_sections
             WHEN $6 THEN array_append(array_remove(s.shared_sections, $5::text), $5::text)
             ELSE array_remove(s.shared_sections, $5::text) END,
           updated_at = now()
         RETURNING s.version, s.agenda_item, s.last_change, s.shared_sections)
       SELECT c.version, c.agenda_item AS "agendaItem", c.last_change AS "lastChange",
              c.shared_sections AS "sharedSections", t.status
         FROM changed c JOIN tafel t ON t.id = $1`,
      [
        tafelId,
        change,
        agendaItem ?? null,
        agendaItem !== undefined,
        share?.agendaItem ?? null,
        share?.shared ?? false,
      ],
    );
    const state = toState(tafelId, rows[0]);
    this.listeners.forEach((listener) => listener(state));
    return state;
  }
}

function toState(tafelId: string, row: Row): RoomState {
  return {
    tafelId,
    version: Number(row.version),
    agendaItem: row.agendaItem,
    status: row.status,
    lastChange: row.lastChange,
    sharedSections: row.sharedSections ?? [],
  };
}
