import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { CaseDetail, decidesOwnConsent } from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { Confirmation } from '@tafel/web/ui';

/**
 * For a child of 16 or older: the switch that decides whether their parents see their part of the
 * file. They can turn it on and off again; shown only when the child decides this themselves.
 */
@Component({
  selector: 'tafel-parents-consent',
  imports: [MatSlideToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './parents-consent.html',
  styleUrl: './parents-consent.scss',
})
export class ParentsConsent {
  readonly family = input.required<CaseDetail>();
  /** The family as the API answered after the change. */
  readonly changed = output<CaseDetail>();

  private readonly api = inject(CasesApi);
  private readonly confirmation = inject(Confirmation);

  protected readonly own = computed(() => {
    const self = this.family().members.find((m) => m.self);
    return self && decidesOwnConsent(self) ? self : null;
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected save(memberId: string, event: MatSlideToggleChange): void {
    const sharesWithParents = event.checked;
    this.saving.set(true);
    this.error.set(null);
    this.api.consent(this.family().id, memberId, { sharesWithParents }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.changed.emit(updated);
        this.confirmation.show(
          sharesWithParents
            ? $localize`:@@consent.family.doneOn:Opgeslagen. Je ouders mogen nu jouw deel zien.`
            : $localize`:@@consent.family.doneOff:Opgeslagen. Je ouders zien jouw deel nu niet meer.`,
        );
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        event.source.checked = !sharesWithParents;
        this.error.set(problemMessage(failure));
      },
    });
  }
}
