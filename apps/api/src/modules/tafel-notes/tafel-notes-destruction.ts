import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';

/** A destroyed case's live notes: every update and snapshot of its tafels. */
@Injectable()
export class TafelNotesDestruction implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.registerDestroyer('tafel', async ({ manager }, { tafelIds }) => {
      await manager.query('DELETE FROM tafel_note_update WHERE tafel_id = ANY($1)', [tafelIds]);
      await manager.query('DELETE FROM tafel_note_snapshot WHERE tafel_id = ANY($1)', [tafelIds]);
    });
  }
}
