import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { ChainEvent } from '@tafel/shared/contracts';
import { eventDetail } from '../labels/event-details';
import { eventLabel } from '../labels/event-labels';

/**
 * A family's chain events, newest first, with the date and time in Dutch (Amsterdam) time, and what
 * the event names (from whom to whom, which GI, which measure) as far as the reader may know it.
 */
@Component({
  selector: 'tafel-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline.html',
  styleUrl: './timeline.scss',
})
export class Timeline {
  readonly events = input.required<readonly ChainEvent[]>();

  private readonly locale = inject(LOCALE_ID);
  private readonly format = new Intl.DateTimeFormat(this.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });

  protected readonly rows = computed(() =>
    this.events().map((event) => ({
      id: event.id,
      iso: event.occurredAt,
      when: this.format.format(new Date(event.occurredAt)),
      what: eventLabel(event),
      detail: eventDetail(event, this.locale),
      actor: event.actor,
      reason: 'reason' in event.data && typeof event.data.reason === 'string' ? event.data.reason : null,
    })),
  );
}
