import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthStore } from '@tafel/web/core';

/** Home of roles that never see families (auditor, privacy officer, admin): what is coming for them. */
@Component({
  selector: 'tafel-start-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start.page.html',
  styles: `
    .notice {
      max-width: 40rem;
      padding: 1rem 1.25rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class StartPage {
  protected readonly me = inject(AuthStore).me;
}
