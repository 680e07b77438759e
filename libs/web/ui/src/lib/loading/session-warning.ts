import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ProblemAlert } from '../problem-alert/problem-alert';

/**
 * A minute before the session ends: how long is left, and "Blijf ingelogd". Shown while `endsAt` is
 * set, as a non-modal alert dialog at the bottom of the window that takes the focus (no MatDialog, so
 * the shell's first load stays small). When the session cannot last longer, `problem` says so. It says
 * "je" to a child.
 */
@Component({
  selector: 'tafel-session-warning',
  imports: [ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (endsAt()) {
      <section
        class="warning"
        role="alertdialog"
        aria-modal="false"
        aria-labelledby="session-warning-title"
        aria-describedby="session-warning-text"
      >
        @if (child()) {
          <h2 id="session-warning-title" i18n="@@session.warning.title.je">Je wordt bijna uitgelogd</h2>
          <p id="session-warning-text" i18n="@@session.warning.text.je">
            Over {{ seconds() }} seconden eindigt je sessie. Wat je nog niet hebt opgeslagen, bewaren we in
            dit tabblad tot je weer bent ingelogd.
          </p>
        } @else {
          <h2 id="session-warning-title" i18n="@@session.warning.title">U wordt bijna uitgelogd</h2>
          <p id="session-warning-text" i18n="@@session.warning.text">
            Over {{ seconds() }} seconden eindigt uw sessie. Wat u nog niet heeft opgeslagen, bewaren we in
            dit tabblad tot u weer bent ingelogd.
          </p>
        }
        <tafel-problem-alert [message]="problem()" />
        <div class="actions">
          <button
            #stayButton
            type="button"
            class="stay"
            [attr.aria-busy]="busy()"
            (click)="stay.emit()"
            i18n="@@session.warning.stay"
          >
            Blijf ingelogd
          </button>
        </div>
      </section>
    }
  `,
  styles: `
    .warning {
      position: fixed;
      inset: auto 1rem 1rem;
      z-index: 1000;
      max-width: 32rem;
      margin-inline: auto;
      padding: 1rem 1.25rem;
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
      border: 2px solid var(--mat-sys-primary);
      border-radius: 0.75rem;
      box-shadow: var(--mat-sys-level3);
    }
    h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .stay {
      min-height: 2.75rem;
      padding: 0 1.25rem;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
      border: none;
      border-radius: 1.375rem;
      cursor: pointer;
    }
  `,
})
export class SessionWarning {
  /** When the session ends; null: no warning. */
  readonly endsAt = input<Date | null>(null);
  /** Why staying did not work (the absolute end of the session). */
  readonly problem = input<string | null>(null);
  readonly busy = input(false);
  /** The reader is a child: "je" instead of "u". */
  readonly child = input(false);
  readonly stay = output<void>();

  private readonly now = signal(Date.now());
  protected readonly seconds = computed(() => {
    const end = this.endsAt();
    return end ? Math.max(0, Math.round((end.getTime() - this.now()) / 1000)) : 0;
  });
  private readonly stayButton = viewChild<ElementRef<HTMLButtonElement>>('stayButton');

  constructor() {
    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
    // When the warning appears, the keyboard and screen reader go to it.
    let shown = false;
    effect(() => {
      const button = this.stayButton();
      if (button && !shown) button.nativeElement.focus();
      shown = !!button;
    });
  }
}
