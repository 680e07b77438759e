import { Injectable } from '@nestjs/common';
import { ChainEventAttribution, ChainEventBody } from '@tafel/shared/contracts';
import { UnitOfWork } from '../../common/events/unit-of-work';

/** A chain event as it was just written, handed to the projections inside the same transaction. */
export type RecordedChainEvent = ChainEventBody & {
  id: string;
  caseId: string;
  occurredAt: Date;
  attribution: ChainEventAttribution;
};

export type ChainProjection = (uow: UnitOfWork, event: RecordedChainEvent) => Promise<void>;

/**
 * Read models that must never lag the timeline (the ketenmonitor's aggregates) register here: each
 * runs in the transaction that records the event, so a rolled-back event leaves no trace and a
 * committed one is always projected.
 */
@Injectable()
export class ChainProjections {
  private readonly projections: ChainProjection[] = [];

  register(projection: ChainProjection): void {
    this.projections.push(projection);
  }

  async apply(uow: UnitOfWork, event: RecordedChainEvent): Promise<void> {
    for (const projection of this.projections) await projection(uow, event);
  }
}
