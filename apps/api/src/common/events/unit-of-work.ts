import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEventName, DomainEvents, PendingEvent } from './domain-events';
import { EventBus } from './event-bus';

/**
 * One transaction and the domain events it will publish: `manager` is the transaction's entity
 * manager; `publish` only collects, the events leave when the transaction has committed.
 */
export class UnitOfWork {
  private readonly pending: PendingEvent[] = [];

  constructor(readonly manager: EntityManager) {}

  publish<K extends DomainEventName>(name: K, payload: DomainEvents[K]): void {
    this.pending.push({ name, payload } as PendingEvent);
  }

  /** The collected events, in order. */
  events(): readonly PendingEvent[] {
    return this.pending;
  }
}

/** Runs work in a transaction and publishes its events after commit — never for a rolled-back one. */
@Injectable()
export class Transactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  async run<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    let uow: UnitOfWork | undefined;
    const result = await this.dataSource.transaction((manager) => {
      uow = new UnitOfWork(manager);
      return work(uow);
    });
    if (uow) this.bus.publish(uow.events());
    return result;
  }
}
