import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { REASON_MIN_LENGTH, RetentionCase } from '@tafel/shared/contracts';
import { loadResource, problemMessage } from '@tafel/web/core';
import { askReason, Confirmation, formatDate, Loading, ProblemAlert } from '@tafel/web/ui';
import { AdminApi } from '../admin.api';

/**
 * Bewaartermijnen: the closed cases past their retention term, by case number and gemeente only
 * (no family content), and their destruction — chosen by the administrator, confirmed with a reason.
 */
@Component({
  selector: 'tafel-retention-page',
  imports: [MatButtonModule, MatCheckboxModule, Loading, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './retention.page.html',
  styleUrl: './retention.page.scss',
})
export class RetentionPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly locale = inject(LOCALE_ID);

  private readonly reload = signal(0);
  protected readonly cases = loadResource(toObservable(this.reload), () => this.api.pastTerm());
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  private readonly listed = computed(() => {
    const state = this.cases();
    return state.status === 'loaded' ? state.value : [];
  });
  protected readonly chosen = computed(() => this.listed().filter((c) => this.selected().has(c.id)));
  protected readonly allChosen = computed(
    () => this.listed().length > 0 && this.chosen().length === this.listed().length,
  );

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(new Set(on ? this.listed().map((c) => c.id) : []));
  }

  protected destroy(): void {
    const chosen: RetentionCase[] = this.chosen();
    if (chosen.length === 0) return;
    const numbers = chosen.map((c) => c.caseNumber).join(', ');
    askReason(this.dialog, {
      title:
        chosen.length === 1
          ? $localize`:@@admin.retention.confirm.one:1 dossier vernietigen?`
          : $localize`:@@admin.retention.confirm.many:${chosen.length}:count: dossiers vernietigen?`,
      intro: [
        $localize`:@@admin.retention.confirm.which:U vernietigt: ${numbers}:numbers:.`,
        $localize`:@@admin.retention.confirm.what:Alle gegevens van deze gezinnen worden verwijderd: personen, plan, tafels, verslagen, afspraken, maatregelen en accounts. Dit kan niet ongedaan worden gemaakt. Het toegangslogboek blijft, en van elk dossier het nummer, de gemeente, wanneer, door wie en waarom.`,
      ],
      label: $localize`:@@admin.retention.reason:Reden van vernietiging`,
      confirm: $localize`:@@admin.retention.confirm.button:Definitief vernietigen`,
      minLength: REASON_MIN_LENGTH,
      action: {
        send: (reason) => this.api.destroy({ caseIds: chosen.map((c) => c.id), reason }),
        problem: (error) => problemMessage(error),
      },
    }).subscribe(({ destroyed }) => {
      this.confirmation.show(
        destroyed === 1
          ? $localize`:@@admin.retention.done.one:1 dossier vernietigd.`
          : $localize`:@@admin.retention.done.many:${destroyed}:count: dossiers vernietigd.`,
      );
      this.selected.set(new Set());
      this.reload.update((n) => n + 1);
    });
  }
}
