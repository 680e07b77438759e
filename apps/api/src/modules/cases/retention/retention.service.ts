import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import {
  DestroyCasesRequest,
  DestroyCasesResult,
  MEASURE_END_REASONS,
  RetentionCase,
} from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../../common/events/unit-of-work';
import { DomainError } from '../../../common/problem/domain-error';
import { CaseAccessService } from '../case-access.service';
import { caseNotFound } from '../cases.errors';
import { CaseMemberEntity } from '../entities/case-member.entity';
import { CaseProfessionalEntity } from '../entities/case-professional.entity';
import { CoordinatorAssignmentEntity } from '../entities/coordinator-assignment.entity';
import { DestroyedCaseEntity } from '../entities/destroyed-case.entity';
import { EmergencyAccessEntity } from '../entities/emergency-access.entity';
import { FamilyCaseEntity } from '../entities/family-case.entity';
import { CaseRetention } from './case-retention';
import { CaseTafels } from './case-tafels.port';

export const notPastTerm = (caseNumber: string, retainUntil: string | null) =>
  new DomainError(
    'invalid_state',
    retainUntil
      ? `Case ${caseNumber} is kept until ${retainUntil}: its retention term has not passed`
      : `Case ${caseNumber} is not closed: it has no retention term yet`,
  );

/**
 * Destruction after the retention term (bewaartermijn): a human act of the functional administrator,
 * one transaction for every case chosen. Each module deletes its own rows (`CaseRetention`); this
 * service then blanks the free-text reasons on the case's chain events (which stay, without content,
 * so the ketenmonitor's past figures do not change), deletes the cases module's own rows and leaves a
 * tombstone. The access log is not touched.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectRepository(FamilyCaseEntity) private readonly cases: Repository<FamilyCaseEntity>,
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly retention: CaseRetention,
    private readonly tafels: CaseTafels,
  ) {}

  /** The administrator's list of the cases past their term; each case shown is logged (NEN 7513). */
  async listPastTerm(admin: AuthUser): Promise<RetentionCase[]> {
    const cases = await this.pastTerm();
    await this.access.logRead(
      admin,
      cases.map((c) => c.id),
      'case.retention.list',
      'archive',
    );
    return cases;
  }

  /** The closed cases whose retention term has passed (the day after `retainUntil`), oldest first. */
  async pastTerm(now = new Date()): Promise<RetentionCase[]> {
    const rows = await this.cases.find({
      where: { phase: 'closed', retainUntil: LessThan(dutchDate(now)) },
      order: { retainUntil: 'ASC', caseNumber: 'ASC' },
    });
    return rows.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      gemeente: c.gemeente,
      closedOn: c.closedOn as string,
      retainUntil: c.retainUntil as string,
    }));
  }

  /**
   * Marks the cases that passed their term and were not yet announced; answers how many (the daily
   * notice to the administrators). Atomic, so two instances never announce a case twice.
   */
  async announcePassed(manager: EntityManager, now = new Date()): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE family_case SET retention_notified_at = $2
        WHERE phase = 'closed' AND retain_until < $1 AND retention_notified_at IS NULL`,
      [dutchDate(now), now],
    );
    return count;
  }

  async destroy(
    admin: AuthUser,
    request: DestroyCasesRequest,
    now = new Date(),
  ): Promise<DestroyCasesResult> {
    const ids = [...new Set(request.caseIds)];
    for (const id of ids) await this.access.requireAccess(admin, id, 'case.destroy');
    await this.transactions.run(async (uow) => {
      for (const id of ids) await this.destroyOne(uow, id, admin.id, request.reason, now);
    });
    return { destroyed: ids.length };
  }

  private async destroyOne(uow: UnitOfWork, caseId: string, adminId: string, reason: string, now: Date) {
    const { manager } = uow;
    const found = await manager.findOne(FamilyCaseEntity, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw caseNotFound();
    const { closedOn, retainUntil } = found;
    if (found.phase !== 'closed' || !closedOn || !retainUntil || retainUntil >= dutchDate(now))
      throw notPastTerm(found.caseNumber, retainUntil);
    // Lets the append-only triggers through for this case's rows, until the transaction ends.
    await manager.query(`SELECT set_config('tafel.destroying_case', $1, true)`, [caseId]);
    // The tafel ids, from the tafels module (a seam: it builds on this one): each module deletes by them.
    const tafelIds = await this.tafels.ids(manager, caseId);
    const members = await manager.find(CaseMemberEntity, { where: { caseId }, select: { id: true } });
    await this.retention.destroy(uow, {
      caseId,
      tafelIds,
      memberIds: members.map((m) => m.id),
    });
    await manager.query(
      `UPDATE chain_event SET data = data || jsonb_build_object('reason', null)
        WHERE case_id = $1 AND data ? 'reason'
          AND NOT (type = 'measure_ended' AND data->>'reason' = ANY($2))`,
      [caseId, [...MEASURE_END_REASONS]],
    );
    await manager.delete(EmergencyAccessEntity, { caseId });
    await manager.delete(CoordinatorAssignmentEntity, { caseId });
    await manager.delete(CaseProfessionalEntity, { caseId });
    await manager.delete(CaseMemberEntity, { caseId });
    await manager.delete(FamilyCaseEntity, { id: caseId });
    await manager.insert(DestroyedCaseEntity, {
      caseId,
      caseNumber: found.caseNumber,
      gemeente: found.gemeente,
      closedOn,
      retainUntil,
      destroyedAt: now,
      destroyedById: adminId,
      reason,
    });
  }
}
