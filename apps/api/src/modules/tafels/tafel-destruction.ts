import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';
import { CaseTafels } from '../cases/retention/case-tafels.port';
import { JobsService } from '../jobs/jobs.service';
import { tafelJobGroup } from './tafel-mails.service';

/**
 * A destroyed case's tafels: their ids for every module that deletes by them (`CaseTafels`), then
 * their agreements, bookings, participants and the tafels themselves; mails and reminders still
 * waiting for them are cancelled.
 */
@Injectable()
export class TafelDestruction implements OnModuleInit {
  constructor(
    private readonly retention: CaseRetention,
    private readonly tafels: CaseTafels,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.tafels.register(async (manager, caseId) => {
      const rows: { id: string }[] = await manager.query('SELECT id FROM tafel WHERE case_id = $1', [caseId]);
      return rows.map((row) => row.id);
    });
    this.retention.registerDestroyer('case', async ({ manager }, { caseId, tafelIds }) => {
      await manager.query('DELETE FROM agreement WHERE case_id = $1 OR tafel_id = ANY($2)', [
        caseId,
        tafelIds,
      ]);
      await manager.query('DELETE FROM booking WHERE tafel_id = ANY($1)', [tafelIds]);
      await manager.query('DELETE FROM tafel_participant WHERE tafel_id = ANY($1)', [tafelIds]);
      // A herbespreking names the tafel it follows from: unlink before the tafels go.
      await manager.query('UPDATE tafel SET follows_tafel_id = NULL WHERE case_id = $1', [caseId]);
      await manager.query('DELETE FROM tafel WHERE case_id = $1', [caseId]);
      for (const tafelId of tafelIds) await this.jobs.cancelGroup(manager, tafelJobGroup(tafelId));
    });
  }
}
