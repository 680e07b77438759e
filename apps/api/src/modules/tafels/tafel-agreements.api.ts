import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AgreementEntity } from './entities/agreement.entity';

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

/** The tafels module's public read of its agreements (others never import its entities). */
@Injectable()
export class TafelAgreementsApi {
  async forCases(manager: EntityManager, caseIds: readonly string[]): Promise<TafelAgreementRef[]> {
    if (caseIds.length === 0) return [];
    const rows = await manager.find(AgreementEntity, {
      where: { caseId: In([...new Set(caseIds)]) },
      order: { dueDate: 'ASC' },
    });
    return rows.map((a) => ({
      id: a.id,
      caseId: a.caseId,
      tafelId: a.tafelId,
      ownerUserId: a.ownerUserId,
      ownerMemberId: a.ownerMemberId,
      ownerName: a.ownerName,
      what: a.what,
      dueDate: a.dueDate,
      status: a.status,
    }));
  }
}
