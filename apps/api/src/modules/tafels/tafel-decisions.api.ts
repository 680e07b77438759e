import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { CasesApi } from '../cases/cases.api';
import { TafelDecisionRef, TafelDecisions } from '../chain/tafel-decisions';
import { TafelEntity } from './entities/tafel.entity';
import { heldAt } from './tafel-day';

/**
 * The decisions of tafels as another module may know them (an overdracht names the tafel it follows
 * from): read from the tafel rows by id, for all asked at once, and registered with the chain module's
 * `TafelDecisions` (the chain module cannot import this one: this one builds on it).
 */
@Injectable()
export class TafelDecisionsApi implements OnModuleInit {
  constructor(
    private readonly registry: TafelDecisions,
    private readonly cases: CasesApi,
  ) {}

  onModuleInit(): void {
    this.registry.register((manager, tafelIds) => this.decisions(manager, tafelIds));
  }

  /** The decided tafels among these, with when each was held as its timeline tells it (`heldAt`). */
  async decisions(manager: EntityManager, tafelIds: readonly string[]): Promise<TafelDecisionRef[]> {
    if (tafelIds.length === 0) return [];
    const decided = await manager.find(TafelEntity, {
      select: { id: true, caseId: true, momentType: true, startsAt: true, decidedAt: true },
      where: { id: In([...tafelIds]), decidedAt: Not(IsNull()) },
    });
    const opened = await this.cases.tafelsOpenedAt(manager, decided);
    return decided.map((t) => ({
      tafelId: t.id,
      momentType: t.momentType,
      heldAt: heldAt(t, t.decidedAt as Date, opened.get(t.id)),
    }));
  }
}
