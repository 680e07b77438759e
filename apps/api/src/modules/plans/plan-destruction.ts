import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';

/**
 * A destroyed case's plan: the answers and published versions (append-only; the destruction's
 * transaction lets them through), the draft, the familiegroepsplan files and the agreement notices.
 * A version's PDF is rendered on request and never stored.
 */
@Injectable()
export class PlanDestruction implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.registerDestroyer('case', async ({ manager }, { caseId }) => {
      for (const table of ['plan_answer', 'plan_version', 'plan', 'plan_attachment', 'agreement_notice'])
        await manager.query(`DELETE FROM ${table} WHERE case_id = $1`, [caseId]);
    });
  }
}
