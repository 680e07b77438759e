import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addYears } from '@tafel/shared/util';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { CaseRetention } from '../cases/retention/case-retention';
import { MeasureEntity } from './measure.entity';

/** Legal adulthood: the longer term counts from the child's 18th birthday. */
const ADULT_AGE = 18;

/**
 * The chain's part of retention. A case that ever had a court measure (OTS, VOTS, voogdij, machtiging
 * uithuisplaatsing — every measure type) is kept until `retentionMeasureYears` after the 18th birthday
 * of the youngest child it concerned; an unknown birth date counts as 18 years after the measure's
 * start (the latest that birthday can be). On destruction the case's measures and overdrachten go.
 */
@Injectable()
export class ChainRetention implements OnModuleInit {
  constructor(
    private readonly retention: CaseRetention,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.retention.registerTerm((manager, caseId) => this.term(manager, caseId));
    this.retention.registerDestroyer('case', async ({ manager }, { caseId }) => {
      await manager.query('DELETE FROM measure WHERE case_id = $1', [caseId]);
      await manager.query('DELETE FROM handover WHERE case_id = $1', [caseId]);
    });
  }

  private async term(manager: EntityManager, caseId: string): Promise<string | null> {
    const measures = await manager.find(MeasureEntity, { where: { caseId } });
    if (measures.length === 0) return null;
    const children = await this.cases.membersById(
      manager,
      measures.map((m) => m.memberId),
    );
    const years = ADULT_AGE + this.config.retentionMeasureYears;
    return measures
      .map((m) => addYears(children.get(m.memberId)?.birthDate ?? m.startsOn, years))
      .reduce((latest, end) => (end > latest ? end : latest));
  }
}
