import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RsvpInput, TafelDetail, TafelParticipant } from '@tafel/shared/contracts';
import { AuthStore, problemMessage, TafelsApi } from '@tafel/web/core';
import { DeclineForm } from './decline-form';

/** "Ik kom" / "Ik kom niet" (with an optional reason) for the signed-in participant of a scheduled tafel. */
@Component({
  selector: 'tafel-rsvp-buttons',
  imports: [MatButtonModule, DeclineForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rsvp-buttons.html',
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    /* The chosen answer: filled, with a check mark (aria-pressed says the same to screen readers). */
    .check::before {
      content: '✓';
      margin-inline-end: 0.4em;
      font-weight: 700;
    }
    .error {
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class RsvpButtons {
  readonly tafel = input.required<TafelDetail>();
  /** Children are addressed with "je" instead of "u". */
  readonly informal = input(false);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly auth = inject(AuthStore);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The signed-in user's own seat, when they are invited to this scheduled tafel. */
  protected readonly mine = computed(() => {
    const tafel = this.tafel();
    const me = this.auth.me();
    if (!me || tafel.status !== 'scheduled') return null;
    return tafel.participants.find((p) => p.userId === me.id && p.invitation !== 'not_invited') ?? null;
  });

  /**
   * The chosen answer is the filled button; before any answer "Ik kom" is, as the likely one. The
   * other answer stays an outlined button, so that changing one's mind is one click.
   */
  protected appearance(participant: TafelParticipant, answer: RsvpInput['response']): 'filled' | 'outlined' {
    const chosen = participant.invitation === 'accepted' || participant.invitation === 'declined';
    return participant.invitation === answer || (!chosen && answer === 'accepted') ? 'filled' : 'outlined';
  }

  /** A change of mind while an answer is being sent: sent right after it (the last click counts). */
  private next: RsvpInput['response'] | null = null;

  protected answer(response: RsvpInput['response']): void {
    if (this.busy()) {
      this.next = response;
      return;
    }
    this.send(response);
  }

  private send(response: RsvpInput['response']): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.rsvp(this.tafel().id, { response }).subscribe({
      next: (updated) => {
        const next = this.next;
        this.next = null;
        this.changed.emit(updated);
        if (next && next !== response) this.send(next);
        else this.busy.set(false);
      },
      error: (error: unknown) => {
        this.next = null;
        this.busy.set(false);
        this.error.set(problemMessage(error));
      },
    });
  }
}
