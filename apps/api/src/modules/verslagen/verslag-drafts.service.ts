import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NOTE_AGENDAS } from '@tafel/shared/contracts';
import { EventBus } from '../../common/events/event-bus';
import { TafelNotesService } from '../tafel-notes/tafel-notes.service';
import { TafelLifecycleService } from '../tafels/tafel-lifecycle.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';
import { composeVerslag } from './verslag-document';
import { VerslagDraftEntity } from './verslag-draft.entity';

/**
 * The draft verslag: concluding the tafel (the decision) freezes the live notes and the tafel's data
 * into it, once. Reading or adopting a verslag whose freeze has not run yet freezes it there.
 */
@Injectable()
export class VerslagDraftsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly queries: TafelQueriesService,
    private readonly lifecycle: TafelLifecycleService,
    private readonly notes: TafelNotesService,
  ) {}

  onModuleInit(): void {
    this.bus.on('tafel.changed', ({ tafelId, change }) =>
      change === 'decision' ? this.draft(this.dataSource.manager, tafelId).then(() => undefined) : undefined,
    );
  }

  /** The draft, frozen from the notes and the tafel when it does not exist yet (idempotent). */
  async draft(manager: EntityManager, tafelId: string): Promise<VerslagDraftEntity> {
    const found = await manager.findOneBy(VerslagDraftEntity, { tafelId });
    if (found) return found;
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction((m) => this.freeze(m, tafelId));
    }
    return this.freeze(manager, tafelId);
  }

  /**
   * Freezes under the tafel's row lock (the tafels module's, in this transaction), the lock the status
   * moves take first: a freeze after the decision and an adoption (or a correction) never wait on each
   * other in opposite orders.
   */
  private async freeze(manager: EntityManager, tafelId: string): Promise<VerslagDraftEntity> {
    await this.lifecycle.lock(manager, tafelId);
    const found = await manager.findOneBy(VerslagDraftEntity, { tafelId });
    if (found) return found;
    const tafel = await this.queries.detail(manager, tafelId);
    const keys = NOTE_AGENDAS[tafel.momentType].map((item) => item.key);
    const content = composeVerslag(tafel, await this.notes.sectionTexts(tafelId, keys));
    await manager.insert(VerslagDraftEntity, { tafelId, content });
    return manager.findOneByOrFail(VerslagDraftEntity, { tafelId });
  }
}
