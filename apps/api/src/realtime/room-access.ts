import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MomentType,
  NoteAccess,
  NotesView,
  PresenceUser,
  TafelRole,
  TafelStatus,
} from '@tafel/shared/contracts';
import { AuthUser } from '../common/auth/auth-user';
import { Relationship } from '../modules/cases/access/case-access.policy';
import { CaseAccessService } from '../modules/cases/case-access.service';
import { TafelQueriesService } from '../modules/tafels/tafel-queries.service';
import { tafelAllows } from '../modules/tafels/tafel-status';
import { UserEntity } from '../modules/users/user.entity';

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

/**
 * Who may enter a tafel's live room and who may write there, decided by the one access table
 * (`tafel.notes.read`, `tafel.notes.write`) and the tafel's status (`TAFEL_STATUS_ALLOWS.notes`:
 * concluded notes are the draft verslag, and frozen). A join is one logged check (NEN 7513); the
 * periodic re-check decides again without logging.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccessService,
    private readonly tafels: TafelQueriesService,
  ) {}

  /** Decides and logs a join; throws RoomNotFoundError when refused (not found or not allowed alike). */
  async join(user: AuthUser, tafelId: string): Promise<RoomGrant> {
    const manager = this.dataSource.manager;
    // Whoever follows the notes enters with them; a child under 16 only for the shared sections.
    const { tafel, grant } = await this.tafels
      .requireTafelGrant(manager, user, tafelId, 'tafel.notes.read')
      .catch(() => this.tafels.requireTafelGrant(manager, user, tafelId, 'tafel.notes.shared'))
      .catch(() => {
        throw new RoomNotFoundError();
      });
    const role = grant.seat?.role ?? FAMILY_ROLE[grant.relationship] ?? 'professional';
    const account = await manager.findOne(UserEntity, {
      where: { id: user.id },
      select: { id: true, displayName: true },
    });
    const presence = { id: user.id, name: account?.displayName ?? '', role };
    const room = { id: tafelId, caseId: tafel.caseId, momentType: tafel.momentType };
    const granted = await this.decide(user, room, tafel.status, presence);
    if (!granted) throw new RoomNotFoundError();
    return granted;
  }

  /** Whether a grant still holds, with the access it now gives; null: withdrawn. */
  async recheck(user: AuthUser, grant: RoomGrant): Promise<RoomGrant | null> {
    const status = await this.tafels.status(grant.tafelId);
    if (!status) return null;
    const tafel = { id: grant.tafelId, caseId: grant.caseId, momentType: grant.momentType };
    return this.decide(user, tafel, status, grant.presence);
  }

  private async decide(
    user: AuthUser,
    tafel: { id: string; caseId: string; momentType: MomentType },
    status: TafelStatus,
    presence: Omit<PresenceUser, 'access'>,
  ): Promise<RoomGrant | null> {
    const allowed = await this.caseAccess.allowedOnTafel(user, tafel, [
      'tafel.notes.read',
      'tafel.notes.write',
      'tafel.notes.shared',
    ]);
    const view: NotesView = allowed.has('tafel.notes.read') ? 'all' : 'shared';
    if (view === 'shared' && !allowed.has('tafel.notes.shared')) return null;
    const access: NoteAccess =
      view === 'all' && allowed.has('tafel.notes.write') && tafelAllows(status, 'notes') ? 'write' : 'read';
    return {
      tafelId: tafel.id,
      caseId: tafel.caseId,
      momentType: tafel.momentType,
      access,
      view,
      presence: { ...presence, access },
    };
  }
}
