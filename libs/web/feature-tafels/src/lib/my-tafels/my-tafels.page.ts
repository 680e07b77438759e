import { ChangeDetectionStrategy, Component, inject, LOCALE_ID } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TafelSummary } from '@tafel/shared/contracts';
import { problemMessage, TafelsApi } from '@tafel/web/core';
import { formatDate, formatSlot } from '@tafel/web/ui';
import { catchError, map, of, startWith } from 'rxjs';
import { tafelLabel } from '../shared/tafel-label';
import { groupTafels, TafelGroups } from './group-tafels';

type PageState =
  | { status: 'loading' }
  | { status: 'loaded'; groups: TafelGroups }
  | { status: 'failed'; message: string };

/** /tafels — "Mijn tafels": what needs a date, what is planned, and which agreements need follow-up. */
@Component({
  selector: 'tafel-my-tafels-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-tafels.page.html',
  styleUrl: './my-tafels.page.scss',
})
export class MyTafelsPage {
  private readonly locale = inject(LOCALE_ID);

  protected readonly state = toSignal(
    inject(TafelsApi)
      .list()
      .pipe(
        map((tafels): PageState => ({ status: 'loaded', groups: groupTafels(tafels) })),
        catchError((error: unknown) => of<PageState>({ status: 'failed', message: problemMessage(error) })),
        startWith<PageState>({ status: 'loading' }),
      ),
    { requireSync: true },
  );

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
