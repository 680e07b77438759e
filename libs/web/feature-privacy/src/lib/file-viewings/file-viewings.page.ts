import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { CaseSummary, FileViewing } from '@tafel/shared/contracts';
import { AccessLogApi, AuthStore, CasesApi, loadedValue, loadResource } from '@tafel/web/core';
import { Loading, TIME_ZONE } from '@tafel/web/ui';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { roleLabel, WHAT_LABELS } from './viewing-texts';

/** One line of the list, ready to show. */
export interface ViewingLine {
  occurredAt: string;
  when: string;
  who: string;
  /** "Regievoerder, Wijkteam Enschede". */
  byline: string;
  what: string;
  emergency: boolean;
  /** How many log rows this line stands for (the same thing, by the same person, in the same minute). */
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
 * family's file, newest first, in plain Dutch and readable on a phone. Their own actions are left out.
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
  private readonly dateFormat = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  });

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
        lines: collapse(
          [...viewings]
            .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
            .map((viewing) => this.line(viewing)),
        ),
      })),
    );
  }

  private line(viewing: FileViewing): ViewingLine {
    const what = WHAT_LABELS[viewing.what] ?? WHAT_LABELS.bekeken;
    return {
      occurredAt: viewing.occurredAt,
      when: this.dateFormat.format(new Date(viewing.occurredAt)),
      who: viewing.who,
      byline: [roleLabel(viewing.role), viewing.organisation].filter(Boolean).join(', '),
      what: this.informal() ? what.informal : what.formal,
      emergency: viewing.emergency,
      times: 1,
    };
  }
}

/**
 * Opening one page reads the file several times within seconds; a family should not have to scroll
 * through the same line over and over. Lines that say exactly the same become one, with a count.
 */
export function collapse(lines: readonly ViewingLine[]): ViewingLine[] {
  const result: ViewingLine[] = [];
  for (const line of lines) {
    const previous = result.at(-1);
    if (
      previous &&
      previous.when === line.when &&
      previous.who === line.who &&
      previous.byline === line.byline &&
      previous.what === line.what &&
      previous.emergency === line.emergency
    ) {
      previous.times += 1;
    } else {
      result.push({ ...line });
    }
  }
  return result;
}
