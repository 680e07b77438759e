import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';
import { CasesApi } from '../cases/cases.api';

/**
 * A destroyed case's invitations and the family's accounts that belong to no other case (name and
 * e-mail address; their sessions and recovery codes go with them). The access log keeps naming
 * them by id.
 */
@Injectable()
export class InvitationDestruction implements OnModuleInit {
  constructor(
    private readonly retention: CaseRetention,
    private readonly cases: CasesApi,
  ) {}

  onModuleInit(): void {
    this.retention.registerDestroyer('case', async ({ manager }, { memberIds }) => {
      await manager.query('DELETE FROM invitation WHERE member_id = ANY($1)', [memberIds]);
    });
    this.retention.registerDestroyer('accounts', async ({ manager }, { caseId }) => {
      const accounts = await this.cases.accountsOnlyIn(manager, caseId);
      await manager.query(
        `DELETE FROM app_user WHERE id = ANY($1) AND role IN ('parent', 'child', 'network')`,
        [accounts],
      );
    });
  }
}
