import { ChangeDetectionStrategy, Component, inject, LOCALE_ID } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TafelSummary } from '@tafel/shared/contracts';
import { loadResource, TafelsApi } from '@tafel/web/core';
import { formatDate, formatSlot, Loading } from '@tafel/web/ui';
import { map } from 'rxjs';
import { tafelLabel } from '../shared/tafel-label';
import { groupTafels } from './group-tafels';

/** /tafels — "Mijn tafels": what needs a date, what is planned, and which agreements need follow-up. */
@Component({
  selector: 'tafel-my-tafels-page',
  imports: [RouterLink, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-tafels.page.html',
  styleUrl: './my-tafels.page.scss',
})
export class MyTafelsPage {
  private readonly locale = inject(LOCALE_ID);
  private readonly api = inject(TafelsApi);

  protected readonly state = loadResource(() => this.api.list().pipe(map(groupTafels)));

  /** The link text names the moment, the family and the case number. */
  protected label(tafel: TafelSummary): string {
    return tafelLabel(tafel);
  }

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  protected when(tafel: TafelSummary): string {
    return tafel.startsAt ? formatSlot(this.locale, tafel.startsAt, tafel.endsAt) : '';
  }
}
