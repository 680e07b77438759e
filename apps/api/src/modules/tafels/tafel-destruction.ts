import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';

/** A destroyed case's tafels: their agreements, bookings, participants and the tafels themselves. */
@Injectable()
export class TafelDestruction implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
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
    });
  }
}
