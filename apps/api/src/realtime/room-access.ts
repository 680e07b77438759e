import { Injectable } from '@nestjs/common';
import { MomentType, NoteAccess, NotesView, PresenceUser, TafelRole } from '@tafel/shared/contracts';
import { AuthUser } from '../common/auth/auth-user';
import { Relationship, TafelActionName } from '../modules/cases/access/case-access.policy';
import { CaseAccessService, TafelAccess } from '../modules/cases/case-access.service';
import { tafelAllows } from '../modules/tafels/tafel-status';

export interface RoomGrant {
  tafelId: string;
  caseId: string;
  momentType: MomentType;
  access: NoteAccess;
  /** `shared`: a child under 16 (`tafel.notes.shared`), who gets only the shared sections' text. */
  view: NotesView;
  presence: PresenceUser;
}

/** Thrown for a tafel that does not exist and for one the caller may not read: the same answer. */
export class RoomNotFoundError extends Error {}

/** The tafel role a family relationship shows as, when the member has no seat of their own. */
const FAMILY_ROLE: Partial<Record<Relationship, TafelRole>> = {
  parent: 'parent',
  parent_without_custody: 'parent',
  child: 'child',
  youth: 'child',
  network: 'confidant',
};

const ROOM_ACTIONS: readonly TafelActionName[] = [
  'tafel.notes.read',
  'tafel.notes.write',
  'tafel.notes.shared',
];
/** What a join is logged as: following the notes, or (a child under 16) their shared sections. */
const JOIN_LOGGED: readonly TafelActionName[] = ['tafel.notes.read', 'tafel.notes.shared'];

/**
 * Who may enter a tafel's live room and who may write there, decided by the one access table
 * (`tafel.notes.read`, `tafel.notes.write`, `tafel.notes.shared`) and the tafel's status
 * (`TAFEL_STATUS_ALLOWS.notes`: concluded notes are the draft verslag, and frozen), from one query
 * (`CaseAccessService.onTafel`). A join is one logged check (NEN 7513); the periodic re-check decides
 * again without logging.
 */
@Injectable()
export class RoomAccess {
  constructor(private readonly caseAccess: CaseAccessService) {}

  /** Decides and logs a join; throws RoomNotFoundError when refused (not found or not allowed alike). */
  async join(user: AuthUser, tafelId: string): Promise<RoomGrant> {
    const room = await this.caseAccess.onTafel(user, tafelId, ROOM_ACTIONS, JOIN_LOGGED);
    const role = room?.seat?.role ?? (room?.relationship && FAMILY_ROLE[room.relationship]) ?? 'professional';
    const granted = room && this.decide(room, { id: user.id, name: room.name, role });
    if (!granted) throw new RoomNotFoundError();
    return granted;
  }

  /**
   * Whether grants still hold, with the access each now gives (null: withdrawn), in the order given —
   * all decided from one query.
   */
  async recheck(held: { user: AuthUser; grant: RoomGrant }[]): Promise<(RoomGrant | null)[]> {
    const rooms = await this.caseAccess.onTafels(
      held.map(({ user, grant }) => ({ user, tafelId: grant.tafelId })),
      ROOM_ACTIONS,
    );
    return held.map(({ grant }, i) => {
      const room = rooms[i];
      return room ? this.decide(room, grant.presence) : null;
    });
  }

  private decide(room: TafelAccess, presence: Omit<PresenceUser, 'access'>): RoomGrant | null {
    const { tafel, allowed } = room;
    const view: NotesView = allowed.has('tafel.notes.read') ? 'all' : 'shared';
    if (view === 'shared' && !allowed.has('tafel.notes.shared')) return null;
    const access: NoteAccess =
      view === 'all' && allowed.has('tafel.notes.write') && tafelAllows(tafel.status, 'notes')
        ? 'write'
        : 'read';
    return {
      tafelId: tafel.id,
      caseId: tafel.caseId,
      momentType: tafel.momentType,
      access,
      view,
      presence: { id: presence.id, name: presence.name, role: presence.role, access },
    };
  }
}
