import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelEntity } from './entities/tafel.entity';

/** What another module may know about an agreement made at a tafel. */
export interface TafelAgreementRef {
  id: string;
  caseId: string;
  tafelId: string;
  ownerUserId: string | null;
  ownerMemberId: string | null;
  ownerName: string;
  what: string;
  dueDate: string;
  status: 'open' | 'done';
}

/** The conditions' deadline of the latest decision of a case, when that decision is drang. */
export interface DrangDeadlineRef {
  caseId: string;
  tafelId: string;
  deadline: string;
}

const toRef = (a: AgreementEntity): TafelAgreementRef => ({
  id: a.id,
  caseId: a.caseId,
  tafelId: a.tafelId,
  ownerUserId: a.ownerUserId,
  ownerMemberId: a.ownerMemberId,
  ownerName: a.ownerName,
  what: a.what,
  dueDate: a.dueDate,
  status: a.status,
});

/** The tafels module's public read of its agreements (others never import its entities). */
@Injectable()
export class TafelAgreementsApi {
  async forCases(manager: EntityManager, caseIds: readonly string[]): Promise<TafelAgreementRef[]> {
    if (caseIds.length === 0) return [];
    const rows = await manager.find(AgreementEntity, {
      where: { caseId: In([...new Set(caseIds)]) },
      order: { dueDate: 'ASC' },
    });
    return rows.map(toRef);
  }

  /** The open agreements of every family due on or before `lastDay` (ISO date): the daily scan. */
  async openDueBy(manager: EntityManager, lastDay: string): Promise<TafelAgreementRef[]> {
    const rows = await manager.find(AgreementEntity, {
      where: { status: 'open', dueDate: LessThanOrEqual(lastDay) },
      order: { dueDate: 'ASC' },
    });
    return rows.map(toRef);
  }

  /** Per case, the deadline of the drang conditions while its latest decision is drang. */
  async drangDeadlines(manager: EntityManager, caseIds: readonly string[]): Promise<DrangDeadlineRef[]> {
    if (caseIds.length === 0) return [];
    const decided = await manager.find(TafelEntity, {
      where: { caseId: In([...new Set(caseIds)]), decidedAt: Not(IsNull()) },
      order: { decidedAt: 'DESC' },
    });
    const latest = new Map<string, TafelEntity>();
    for (const t of decided) if (!latest.has(t.caseId)) latest.set(t.caseId, t);
    return [...latest.values()]
      .filter((t) => t.decision === 'conditional' && t.conditionsDeadline)
      .map((t) => ({ caseId: t.caseId, tafelId: t.id, deadline: t.conditionsDeadline as string }));
  }
}
