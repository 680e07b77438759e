import { Injectable, Logger } from '@nestjs/common';
import { DomainEventName, DomainEvents, PendingEvent } from './domain-events';

export type DomainEventHandler<K extends DomainEventName> = (
  payload: DomainEvents[K],
) => void | Promise<void>;

/**
 * The typed, in-process domain event bus: `bus.on('tafel.changed', handler)`. Services do not emit
 * directly; they add events to their unit of work, which hands them over only after commit.
 * A failing subscriber is logged and never fails the change that has already been committed.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger('EventBus');
  private readonly handlers = new Map<DomainEventName, Set<DomainEventHandler<never>>>();

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends DomainEventName>(name: K, handler: DomainEventHandler<K>): () => void {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler as DomainEventHandler<never>);
    this.handlers.set(name, set);
    return () => set.delete(handler as DomainEventHandler<never>);
  }

  /** Delivers committed events, in the order they happened. */
  publish(events: readonly PendingEvent[]): void {
    for (const event of events) {
      for (const handler of this.handlers.get(event.name) ?? []) {
        this.deliver(event, handler as DomainEventHandler<typeof event.name>);
      }
    }
  }

  private deliver(event: PendingEvent, handler: (payload: PendingEvent['payload']) => void | Promise<void>) {
    try {
      const result = handler(event.payload);
      if (result instanceof Promise) result.catch((error: unknown) => this.failed(event.name, error));
    } catch (error) {
      this.failed(event.name, error);
    }
  }

  private failed(name: DomainEventName, error: unknown): void {
    this.logger.error(
      `A subscriber of ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
