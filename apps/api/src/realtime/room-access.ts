import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MomentType, NoteAccess, PresenceUser, TafelRole, TafelStatus } from '@tafel/shared/contracts';
import { AuthUser } from '../common/auth/auth-user';
import { Relationship } from '../modules/cases/access/case-access.policy';
import { CaseAccessService, CaseGrant } from '../modules/cases/case-access.service';

/** What a seat at the tafel lets one do with its notes: the family follows, the professionals write. */
export const NOTE_ACCESS: Record<TafelRole, NoteAccess> = {
  chair: 'write',
  secretary: 'write',
  requester: 'write',
  raad: 'write',
  vtt: 'write',
  gi: 'write',
  professional: 'write',
  parent: 'read',
  child: 'read',
  confidant: 'read',
};

/** The notes freeze when the tafel is concluded (they become the draft verslag); then all only read. */
const FROZEN: readonly TafelStatus[] = ['concluded', 'minutes_adopted', 'cancelled'];

export interface RoomGrant {
  tafelId: string;
  caseId: string;
  momentType: MomentType;
  access: NoteAccess;
  /** Through a seat of the caller's own account at this tafel (a professional's). */
  seated: boolean;
  presence: PresenceUser;
}

interface TafelFacts {
  caseId: string;
  momentType: MomentType;
  status: TafelStatus;
  /** The caller's display name, for presence. */
  name: string;
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
 * Who may enter a tafel's live room: whoever the access table lets read the tafel (`tafel.read`: its
 * seats, the family, and the case's professionals and emergency access); a join is that one check,
 * logged once (NEN 7513). Writing needs a professional's seat at this tafel while it is not concluded.
 * The periodic re-check decides again without logging.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccessService,
  ) {}

  /** Decides and logs a join; throws RoomNotFoundError when refused (not found or not allowed alike). */
  async join(user: AuthUser, tafelId: string): Promise<RoomGrant> {
    const tafel = await this.tafel(user, tafelId);
    if (!tafel) throw new RoomNotFoundError();
    let grant: CaseGrant;
    try {
      grant = await this.caseAccess.requireTafelAccess(
        this.dataSource.manager,
        user,
        { id: tafelId, caseId: tafel.caseId },
        'tafel.read',
      );
    } catch {
      throw new RoomNotFoundError();
    }
    return grantFor(
      user,
      tafelId,
      tafel,
      grant.seat?.role ?? FAMILY_ROLE[grant.relationship] ?? 'professional',
      !!grant.seat && !grant.seat.memberId,
    );
  }

  /** Whether a grant still holds, with the access it now gives; null: withdrawn. */
  async recheck(user: AuthUser, grant: RoomGrant): Promise<RoomGrant | null> {
    const tafel = await this.tafel(user, grant.tafelId);
    if (!tafel || !(await this.caseAccess.hasRelationship(user, tafel.caseId))) return null;
    const readable = await this.caseAccess.readableTafels(user, [
      { id: grant.tafelId, caseId: tafel.caseId },
    ]);
    if (!readable.has(grant.tafelId)) return null;
    if (grant.seated && !(await this.stillSeated(user, grant.tafelId, grant.presence.role))) return null;
    return grantFor(user, grant.tafelId, tafel, grant.presence.role, grant.seated);
  }

  private async tafel(user: AuthUser, tafelId: string): Promise<TafelFacts | null> {
    const rows: TafelFacts[] = await this.dataSource.query(
      `SELECT t.case_id AS "caseId", t.moment_type AS "momentType", t.status,
              (SELECT u.display_name FROM app_user u WHERE u.id = $2) AS name
         FROM tafel t WHERE t.id = $1`,
      [tafelId, user.id],
    );
    return rows[0] ?? null;
  }

  private async stillSeated(user: AuthUser, tafelId: string, role: TafelRole): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM tafel_participant WHERE tafel_id = $1 AND user_id = $2 AND role = $3',
      [tafelId, user.id, role],
    );
    return rows.length > 0;
  }
}

function grantFor(
  user: AuthUser,
  tafelId: string,
  tafel: TafelFacts,
  role: TafelRole,
  seated: boolean,
): RoomGrant {
  const writes = seated && NOTE_ACCESS[role] === 'write' && !FROZEN.includes(tafel.status);
  const access: NoteAccess = writes ? 'write' : 'read';
  return {
    tafelId,
    caseId: tafel.caseId,
    momentType: tafel.momentType,
    access,
    seated,
    presence: { id: user.id, name: tafel.name, role, access },
  };
}
