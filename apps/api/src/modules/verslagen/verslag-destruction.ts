import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';

/**
 * A destroyed case's verslagen: the family's reactions, the adopted versions (append-only; the
 * destruction's transaction lets them through) and the drafts. The PDF is rendered on request and
 * never stored, so nothing else remains.
 */
@Injectable()
export class VerslagDestruction implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.registerDestroyer('tafel', async ({ manager }, { tafelIds }) => {
      await manager.query('DELETE FROM verslag_reply WHERE tafel_id = ANY($1)', [tafelIds]);
      await manager.query('DELETE FROM verslag WHERE tafel_id = ANY($1)', [tafelIds]);
      await manager.query('DELETE FROM verslag_draft WHERE tafel_id = ANY($1)', [tafelIds]);
    });
  }
}
