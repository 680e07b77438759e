import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TafelDetail } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../cases/cases.api';
import { TafelEntity } from './entities/tafel.entity';
import { TafelQueriesService } from './tafel-queries.service';
import { requireTafelMove } from './tafel-status';
import { beforeTheDay } from './tafels.errors';

/**
 * The chair opens the room: `scheduled → in_session`, on the tafel's day, recorded as the chain event
 * `tafel_opened` and published after commit so that open rooms see the new status. Closing the room is
 * the decision (`→ concluded`, OutcomeService); adopting the verslag (`→ minutes_adopted`) belongs to
 * the verslagen module. Every move goes through the one transition table (tafel-status.ts).
 */
@Injectable()
export class TafelLifecycleService {
  constructor(
    private readonly transactions: Transactions,
    private readonly queries: TafelQueriesService,
    private readonly cases: CasesApi,
  ) {}

  /**
   * The tafel's row lock inside the caller's transaction: the lock every status move takes first, so
   * another module's work on the tafel (freezing the verslag draft) and a move never wait on each
   * other in opposite orders. Nothing is locked when there is no such tafel.
   */
  async lock(manager: EntityManager, tafelId: string): Promise<void> {
    await manager.query('SELECT id FROM tafel WHERE id = $1 FOR UPDATE', [tafelId]);
  }

  open(user: AuthUser, tafelId: string): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.open', true);
      requireTafelMove(tafel.status, 'in_session', `A ${tafel.status} tafel cannot be opened`);
      const now = new Date();
      if (tafel.startsAt && dutchDate(now) < dutchDate(tafel.startsAt)) {
        throw beforeTheDay(`The tafel is on ${dutchDate(tafel.startsAt)}: its room opens that day`);
      }
      await manager.update(TafelEntity, tafelId, { status: 'in_session' });
      await this.cases.record(uow, tafel.caseId, { type: 'tafel_opened', data: { tafelId } }, user.id, now);
      uow.publish('tafel.changed', { tafelId, caseId: tafel.caseId, change: 'opened', status: 'in_session' });
      return this.queries.detail(manager, tafelId);
    });
  }

  /**
   * `concluded → minutes_adopted`, inside the verslagen module's transaction (which writes the adopted
   * version): locks the tafel, checks `tafel.verslag.write`, records `verslag_adopted` and publishes.
   */
  async adoptMinutes(uow: UnitOfWork, user: AuthUser, tafelId: string, now: Date): Promise<TafelEntity> {
    const { manager } = uow;
    const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.verslag.write', true);
    requireTafelMove(
      tafel.status,
      'minutes_adopted',
      `The verslag of a ${tafel.status} tafel cannot be adopted`,
    );
    await manager.update(TafelEntity, tafelId, { status: 'minutes_adopted' });
    await this.cases.record(uow, tafel.caseId, { type: 'verslag_adopted', data: { tafelId } }, user.id, now);
    uow.publish('tafel.changed', {
      tafelId,
      caseId: tafel.caseId,
      change: 'verslag_adopted',
      status: 'minutes_adopted',
    });
    return tafel;
  }
}
