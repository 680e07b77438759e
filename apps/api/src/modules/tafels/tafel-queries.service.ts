import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthUser } from '../../common/auth/auth-user';
import { CaseAccessService, CaseGrant, Concerning } from '../cases/case-access.service';
import { TafelActionName } from '../cases/access/case-access.policy';
import { Viewer } from '../cases/case-view.policy';
import { PROFESSIONAL_VIEWER, tafelForViewer, viewerOf } from '../cases/viewer.policy';
import { CaseRef, CasesApi } from '../cases/cases.api';
import { NormsService } from '../chain/norms.service';
import { UserEntity } from '../users/user.entity';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { tafelNotFound } from './tafels.errors';
import { heldAt } from './tafel-day';
import { toTafelDetail, toTafelSummary } from './tafel.mapper';

/** Reading tafels, always through the case's need-to-know check. */
@Injectable()
export class TafelQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly norms: NormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Loads a tafel on which the caller may take the action (404 / 403 otherwise), optionally locked. */
  async requireTafel(
    manager: EntityManager,
    user: AuthUser,
    tafelId: string,
    action: TafelActionName,
    lock = false,
    concerning: Concerning = {},
  ): Promise<TafelEntity> {
    return (await this.requireTafelGrant(manager, user, tafelId, action, lock, concerning)).tafel;
  }

  /** The same, with the grant (relationship, emergency, the family member's own membership and seat). */
  async requireTafelGrant(
    manager: EntityManager,
    user: AuthUser,
    tafelId: string,
    action: TafelActionName,
    lock = false,
    concerning: Concerning = {},
  ): Promise<{ tafel: TafelEntity; grant: CaseGrant }> {
    const tafel = await manager.findOne(TafelEntity, {
      where: { id: tafelId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!tafel) throw tafelNotFound();
    const grant = await this.access.requireTafelAccess(
      manager,
      user,
      tafel,
      action,
      tafelNotFound,
      concerning,
    );
    return { tafel, grant };
  }

  /** A tafel as the caller may read it: through the access table and the viewer policy. */
  async read(user: AuthUser, tafelId: string): Promise<TafelDetail> {
    const manager = this.dataSource.manager;
    const { grant } = await this.requireTafelGrant(manager, user, tafelId, 'tafel.read');
    return this.detail(manager, tafelId, viewerOf(grant.member));
  }

  async detail(
    manager: EntityManager,
    tafelId: string,
    viewer: Viewer = PROFESSIONAL_VIEWER,
  ): Promise<TafelDetail> {
    const tafel = await manager.findOne(TafelEntity, {
      where: { id: tafelId },
      relations: { sitting: true },
    });
    if (!tafel) throw tafelNotFound();
    const [cases, participants, agreements, people, follows] = await Promise.all([
      this.cases.find(manager, [tafel.caseId]),
      manager.find(TafelParticipantEntity, {
        where: { tafelId },
        relations: { user: { organisation: true } },
        order: { role: 'ASC' },
      }),
      manager.find(AgreementEntity, { where: { tafelId }, order: { dueDate: 'ASC' } }),
      manager.find(UserEntity, {
        where: { id: In([tafel.requestedById, tafel.decidedById].filter((x): x is string => !!x)) },
      }),
      tafel.followsTafelId ? manager.findOneBy(TafelEntity, { id: tafel.followsTafelId }) : null,
    ]);
    // The tafel it follows from was held when its room opened, if it began late (as its timeline says).
    const followsOpened = follows ? await this.cases.tafelsOpenedAt(manager, [follows]) : null;
    const name = (id: string | null) => people.find((p) => p.id === id)?.displayName ?? null;
    const theCase = cases.get(tafel.caseId);
    if (!theCase) throw tafelNotFound();
    const members = await this.cases.membersById(
      manager,
      participants.flatMap((p) => (p.memberId ? [p.memberId] : [])),
    );
    return tafelForViewer(
      toTafelDetail(
        tafel,
        theCase,
        participants.map((p) => ({ ...p, member: p.memberId ? members.get(p.memberId) : undefined })),
        agreements,
        {
          requestedBy: name(tafel.requestedById) ?? '',
          followsTafel: follows
            ? {
                tafelId: follows.id,
                heldAt: heldAt(
                  follows,
                  follows.decidedAt ?? new Date(),
                  followsOpened?.get(follows.id),
                ).toISOString(),
              }
            : undefined,
          decidedBy: name(tafel.decidedById),
        },
        this.norms.norms.requestToTafelWorkingDays,
        this.config.requiredRoles[tafel.momentType],
      ),
      viewer,
      this.config.nonCustodialView,
    );
  }

  /** Tafels of the cases the caller may see; for one case when caseId is given. */
  async list(user: AuthUser, caseId?: string): Promise<TafelSummary[]> {
    const manager = this.dataSource.manager;
    const visible = await this.cases.visibleIds(user, caseId, 'tafels');
    if (visible.length === 0) return [];
    const found = await manager.find(TafelEntity, {
      where: { caseId: In(visible) },
      relations: { sitting: true },
      order: { requestedAt: 'DESC' },
      take: 200,
    });
    const readable = await this.access.readableTafels(user, found);
    const tafels = found.filter((t) => readable.has(t.id));
    if (tafels.length === 0) return [];
    const agreements = await manager.find(AgreementEntity, {
      where: { tafelId: In(tafels.map((t) => t.id)) },
    });
    await this.access.logRead(user, [...new Set(tafels.map((t) => t.caseId))], 'tafel.list');
    const cases = await this.cases.find(
      manager,
      tafels.map((t) => t.caseId),
    );
    return tafels.map((t) =>
      toTafelSummary(
        t,
        cases.get(t.caseId) as CaseRef,
        agreements.filter((a) => a.tafelId === t.id),
        this.norms.norms.requestToTafelWorkingDays,
      ),
    );
  }
}
