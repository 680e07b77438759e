import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '../cases/retention/case-retention';

/** A destroyed case's meeting states (agenda item, shared sections) of its tafels. */
@Injectable()
export class TafelRoomDestruction implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.registerDestroyer('tafel', async ({ manager }, { tafelIds }) => {
      await manager.query('DELETE FROM tafel_room_state WHERE tafel_id = ANY($1)', [tafelIds]);
    });
  }
}
