import { ChangeDetectionStrategy, Component, inject, LOCALE_ID } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { EmergencyAccess } from '@tafel/shared/contracts';
import { AccessLogApi, loadResource } from '@tafel/web/core';
import { askReason, Confirmation, formatSlot, Loading } from '@tafel/web/ui';
import { reviewReason } from './review-reason';

/** The open emergency accesses ("break the glass"), each to be reviewed with a note. */
@Component({
  selector: 'tafel-emergency-reviews',
  imports: [MatButtonModule, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './emergency-reviews.html',
  styles: `
    :host {
      display: block;
      margin-bottom: 1.5rem;
    }
    h2 {
      margin: 1.5rem 0 0.75rem;
      font: var(--mat-sys-title-large);
    }
    .reviews {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .review {
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-surface-container-low);
      overflow-wrap: anywhere;
      p {
        margin: 0 0 0.5rem;
      }
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .muted,
    .label {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class EmergencyReviews {
  private readonly api = inject(AccessLogApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly locale = inject(LOCALE_ID);

  protected readonly state = loadResource(() => this.api.emergencyAccesses('open'));

  protected format(instant: string): string {
    return formatSlot(this.locale, instant);
  }

  protected review(access: EmergencyAccess): void {
    askReason(this.dialog, reviewReason(this.api, access)).subscribe((reviewed) => {
      this.state.update((state) =>
        state.status === 'loaded'
          ? { status: 'loaded', value: state.value.filter((item) => item.id !== reviewed.id) }
          : state,
      );
      this.confirmation.show($localize`:@@reviews.done:Beoordeling opgeslagen`);
    });
  }
}
