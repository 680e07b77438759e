import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthUser } from '../../common/auth/auth-user';
import { CaseAccess, CaseAccessService } from '../cases/case-access.service';
import { FamilyCaseEntity } from '../cases/entities/family-case.entity';
import { UserEntity } from '../users/user.entity';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { tafelNotFound } from './tafels.errors';
import { toTafelDetail, toTafelSummary } from './tafel.mapper';

/** Reading tafels, always through the case's need-to-know check. */
@Injectable()
export class TafelQueriesService {
  constructor(
    private readonly access: CaseAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Loads a tafel the caller may see (404 otherwise), optionally locked for update. */
  async requireTafel(
    manager: EntityManager,
    user: AuthUser,
    tafelId: string,
    access: CaseAccess,
    lock = false,
  ): Promise<TafelEntity> {
    const tafel = await manager.findOne(TafelEntity, {
      where: { id: tafelId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!tafel) throw tafelNotFound();
    await this.access.requireAccess(user, tafel.caseId, access).catch(() => {
      throw tafelNotFound();
    });
    return tafel;
  }

  async detail(manager: EntityManager, tafelId: string): Promise<TafelDetail> {
    const tafel = await manager.findOne(TafelEntity, {
      where: { id: tafelId },
      relations: { sitting: true },
    });
    if (!tafel) throw tafelNotFound();
    const [theCase, participants, agreements, people] = await Promise.all([
      manager.findOneByOrFail(FamilyCaseEntity, { id: tafel.caseId }),
      manager.find(TafelParticipantEntity, {
        where: { tafelId },
        relations: { user: { organisation: true }, member: true },
        order: { role: 'ASC' },
      }),
      manager.find(AgreementEntity, { where: { tafelId }, order: { dueDate: 'ASC' } }),
      manager.find(UserEntity, {
        where: { id: In([tafel.requestedById, tafel.decidedById].filter((x): x is string => !!x)) },
      }),
    ]);
    const name = (id: string | null) => people.find((p) => p.id === id)?.displayName ?? null;
    return toTafelDetail(
      tafel,
      theCase,
      participants,
      agreements,
      { requestedBy: name(tafel.requestedById) ?? '', decidedBy: name(tafel.decidedById) },
      this.config.normWorkingDays,
    );
  }

  /** Tafels of the cases the caller may see; for one case when caseId is given. */
  async list(manager: EntityManager, user: AuthUser, caseId?: string): Promise<TafelSummary[]> {
    const qb = this.access.restrict(manager.createQueryBuilder(FamilyCaseEntity, 'c').select('c.id'), user);
    if (caseId) qb.andWhere('c.id = :caseId', { caseId });
    const visible = (await qb.getMany()).map((c) => c.id);
    if (visible.length === 0) return [];
    const tafels = await manager.find(TafelEntity, {
      where: { caseId: In(visible) },
      relations: { sitting: true, case: true },
      order: { requestedAt: 'DESC' },
      take: 200,
    });
    if (tafels.length === 0) return [];
    const agreements = await manager.find(AgreementEntity, {
      where: { tafelId: In(tafels.map((t) => t.id)) },
    });
    await this.access.logRead(user, [...new Set(tafels.map((t) => t.caseId))], 'tafel.list');
    return tafels.map((t) =>
      toTafelSummary(
        t,
        t.case,
        agreements.filter((a) => a.tafelId === t.id),
        this.config.normWorkingDays,
      ),
    );
  }
}
