import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardItem, TafelToSchedule } from '@tafel/shared/contracts';
import { loadedValue, loadResource, PATHS } from '@tafel/web/core';
import { formatDate, Loading, MOMENT_LABELS } from '@tafel/web/ui';
import { DashboardApi } from './dashboard.api';
import { DASHBOARD_GROUPS } from './dashboard-texts';

/** One line of a group, ready to show. */
interface Line {
  key: string;
  link: string;
  /** "Gezin Bakker", or what the hand-over is for a family that is not (yet) the caller's. */
  title: string;
  caseNumber: string;
  when: string | null;
  label: string | null;
}

/** A tafel waiting to be scheduled, ready to show: a link to the tafel's page, where it is booked. */
interface TafelLine {
  key: string;
  link: string;
  title: string;
  caseNumber: string;
  waiting: string;
  holdBefore: string | null;
}

/**
 * /mijn-gezinnen — "Mijn gezinnen": what needs the coordinator now: first the tafels waiting to be
 * scheduled (each a link to its tafel), then grouped by kind (overdue agreements, answers on the plan,
 * drang, norms, measures, children turning 18, hand-overs), each line a link to its family. Works on a
 * phone: a single column of lists.
 */
@Component({
  selector: 'tafel-dashboard-page',
  imports: [Loading, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly locale = inject(LOCALE_ID);
  protected readonly state = loadResource(() => inject(DashboardApi).read());
  protected readonly casesPath = PATHS.cases;

  protected readonly groups = computed(() => {
    const items = loadedValue(this.state())?.items ?? [];
    return DASHBOARD_GROUPS.map((g) => ({
      ...g,
      lines: items.filter((i) => i.kind === g.kind).map((i, n) => this.line(i, n)),
    })).filter((g) => g.lines.length > 0);
  });

  protected readonly tafelsTitle = $localize`:@@dashboard.tafels:Tafels om in te plannen`;
  protected readonly tafels = computed(() =>
    (loadedValue(this.state())?.tafelsToSchedule ?? []).map((t) => this.tafelLine(t)),
  );

  private tafelLine(tafel: TafelToSchedule): TafelLine {
    const days = tafel.waitingDays;
    const since = formatDate(this.locale, tafel.requestedAt);
    return {
      key: tafel.tafelId,
      link: `${PATHS.tafels}/${tafel.tafelId}`,
      title: $localize`:@@dashboard.tafel:${MOMENT_LABELS[tafel.momentType]}:moment: — Gezin ${tafel.familyName}:family:`,
      caseNumber: tafel.caseNumber,
      waiting:
        days === 0
          ? $localize`:@@dashboard.tafel.today:Vandaag aangevraagd`
          : days === 1
            ? $localize`:@@dashboard.tafel.day:Wacht 1 dag, aangevraagd op ${since}:date:`
            : $localize`:@@dashboard.tafel.days:Wacht ${days}:days: dagen, aangevraagd op ${since}:date:`,
      holdBefore: tafel.holdBefore
        ? $localize`:@@dashboard.tafel.holdBefore:Houden uiterlijk op ${formatDate(this.locale, tafel.holdBefore)}:date:`
        : null,
    };
  }

  private line(item: DashboardItem, n: number): Line {
    const line = {
      key: `${item.caseId}-${n}`,
      link: `${PATHS.cases}/${item.caseId}`,
      title: $localize`:@@dashboard.family:Gezin ${item.familyName}:family:`,
      caseNumber: item.caseNumber,
      when: item.date ? formatDate(this.locale, item.date) : null,
      label: item.label,
    };
    if (item.kind !== 'handover_incoming') return line;
    // Not the caller's family until accepted: what it is, from whom, and where it is accepted.
    return {
      ...line,
      link: `${PATHS.cases}/overdrachten`,
      title: item.label
        ? $localize`:@@dashboard.handoverFrom:Overdracht van ${item.label}:sender: aan uw organisatie`
        : $localize`:@@dashboard.handoverToYou:Overdracht aan uw organisatie`,
      label: $localize`:@@dashboard.handoverOpen:Nog niet geaccepteerd. Open de overdracht om die te accepteren of terug te geven.`,
    };
  }
}
