import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';
import { Transactions } from './unit-of-work';

/** The domain event bus and the transaction runner that feeds it; global, like the data source. */
@Global()
@Module({
  providers: [EventBus, Transactions],
  exports: [EventBus, Transactions],
})
export class EventsModule {}
