import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { MomentType } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { deadlineOf, REQUEST_TO_TAFEL } from '../chain/norms';
import { NormsService } from '../chain/norms.service';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelEntity } from './entities/tafel.entity';
import { TAFEL_STATUS_ALLOWS } from './tafel-status';

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
  /** The plan goal it serves; null: none. */
  goalId: string | null;
}

/** The conditions' deadline of the latest decision of a case, when that decision is drang. */
export interface DrangDeadlineRef {
  caseId: string;
  tafelId: string;
  deadline: string;
}

/** A tafel requested (or postponed) and not yet scheduled, with the date it must be held by. */
export interface TafelToScheduleRef {
  tafelId: string;
  caseId: string;
  momentType: MomentType;
  requestedAt: Date;
  /** A herbespreking's due date (the end of drang), else the request → tafel norm; null: none set. */
  holdBefore: string | null;
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
  goalId: a.planGoalId,
});

/**
 * The tafels module's public read of its agreements, drang deadlines and tafels waiting for a slot
 * (others never import its entities).
 */
@Injectable()
export class TafelAgreementsApi {
  constructor(private readonly norms: NormsService) {}

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

  /** The tafels of these cases that wait for a slot, the first deadline first, then the longest waiting. */
  async toSchedule(manager: EntityManager, caseIds: readonly string[]): Promise<TafelToScheduleRef[]> {
    if (caseIds.length === 0) return [];
    const waiting = await manager.find(TafelEntity, {
      where: { caseId: In([...new Set(caseIds)]), status: In([...TAFEL_STATUS_ALLOWS.awaitsSlot]) },
      order: { requestedAt: 'ASC' },
    });
    const norm = this.norms.norms.chain.find((n) => n.id === REQUEST_TO_TAFEL);
    return waiting
      .map((t) => ({
        tafelId: t.id,
        caseId: t.caseId,
        momentType: t.momentType,
        requestedAt: t.requestedAt,
        holdBefore: t.dueDate ?? (norm ? dutchDate(deadlineOf(t.requestedAt, norm.horizon)) : null),
      }))
      .sort((a, b) => (a.holdBefore ?? '9999').localeCompare(b.holdBefore ?? '9999'));
  }
}
