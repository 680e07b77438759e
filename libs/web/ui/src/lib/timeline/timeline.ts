import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { ChainEvent } from '@tafel/shared/contracts';
import { eventLabel } from '../labels/event-labels';

/** A family's chain events, newest first, with the date and time in Dutch (Amsterdam) time. */
@Component({
  selector: 'tafel-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline.html',
  styleUrl: './timeline.scss',
})
export class Timeline {
  readonly events = input.required<readonly ChainEvent[]>();

  private readonly format = new Intl.DateTimeFormat(inject(LOCALE_ID), {
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
      actor: event.actor,
      reason: 'reason' in event.data && typeof event.data.reason === 'string' ? event.data.reason : null,
    })),
  );
}
