import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { CaseSummary, FileViewing } from '@tafel/shared/contracts';
import { AccessLogApi, AuthStore, CasesApi, loadedValue, loadResource } from '@tafel/web/core';
import { formatDate, Loading } from '@tafel/web/ui';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { roleLabel, whatSentence, whoLabel } from './viewing-texts';

/** One line of the list, ready to show: one person, one day, one part of the file, one kind of use. */
export interface ViewingLine {
  day: string;
  /** "dinsdag 14 april 2026". */
  when: string;
  /** "Uw regievoerder Marloes ter Brake". */
  who: string;
  /** "Regievoerder, Wijkteam Enschede". */
  byline: string;
  /** "heeft uw gezinsplan bekeken". */
  what: string;
  emergency: boolean;
  times: number;
}

interface FamilyViewings {
  caseId: string;
  familyName: string;
  lines: ViewingLine[];
}

/** A family member normally belongs to one family; the first page of cases is more than enough. */
const MAX_FAMILIES = 20;

/**
 * /wie-keek — "Wie keek in mijn dossier": for a parent or child, who opened or changed their
 * family's file, newest first, one line per person per day and per part of the file (grouped by the
 * API), in plain Dutch and readable on a phone. Their own actions are left out; an emergency access is
 * always marked.
 */
@Component({
  selector: 'tafel-file-viewings-page',
  imports: [Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-viewings.page.html',
  styleUrl: './file-viewings.page.scss',
})
export class FileViewingsPage {
  private readonly cases = inject(CasesApi);
  private readonly accessLog = inject(AccessLogApi);
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  /** Children are addressed with "je" and "jij". */
  protected readonly informal = computed(() => this.auth.me()?.role === 'child');
  protected readonly state = loadResource(() => this.load());
  /** Explain emergency access once, when it occurs in the list. */
  protected readonly anyEmergency = computed(() => {
    const families = loadedValue(this.state()) ?? [];
    return families.some((f) => f.lines.some((line) => line.emergency));
  });

  private load(): Observable<FamilyViewings[]> {
    return this.cases
      .list({ pageSize: MAX_FAMILIES })
      .pipe(
        switchMap(({ items }) =>
          items.length === 0 ? of([]) : forkJoin(items.map((summary) => this.family(summary))),
        ),
      );
  }

  private family(summary: CaseSummary): Observable<FamilyViewings> {
    return this.accessLog.viewings(summary.id).pipe(
      map((viewings) => ({
        caseId: summary.id,
        familyName: summary.familyName,
        lines: [...viewings]
          .sort((a, b) => b.lastAt.localeCompare(a.lastAt))
          .map((viewing) => this.line(viewing)),
      })),
    );
  }

  private line(viewing: FileViewing): ViewingLine {
    const informal = this.informal();
    return {
      day: viewing.day,
      when: formatDate(this.locale, viewing.day, true),
      who: whoLabel(viewing, informal),
      byline: [roleLabel(viewing.role), viewing.organisation].filter(Boolean).join(', '),
      what: whatSentence(viewing, informal),
      emergency: viewing.emergency,
      times: viewing.times,
    };
  }
}
