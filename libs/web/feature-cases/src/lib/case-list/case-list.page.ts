import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CaseListItem,
  CaseListQuery,
  CaseSortKey,
  CHAIN_PHASES,
  GEMEENTEN,
  isClientRole,
  Page,
} from '@tafel/shared/contracts';
import { AuthStore, CasesApi, loadResource } from '@tafel/web/core';
import { ATTENTION_LABELS, formatDate, Loading, PHASE_LABELS, PhaseChip } from '@tafel/web/ui';
import { debounceTime, distinctUntilChanged, map, Observable, tap } from 'rxjs';
import { hasFilters, PAGE_SIZE, parseListParams, toListParams } from './case-list-params';

interface CaseList {
  page: Page<CaseListItem>;
  /** Whether search or filters narrowed the list (an empty list then says so). */
  filtered: boolean;
}

/** /gezinnen: the cases the user may see, with search, filters, order and paging kept in the URL. */
@Component({
  selector: 'tafel-case-list-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    PhaseChip,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-list.page.html',
  styleUrl: './case-list.page.scss',
})
export class CaseListPage {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  protected readonly gemeenten = GEMEENTEN;
  protected readonly canRegister = computed(() => this.auth.hasPermission('case:create'));
  protected readonly canReceiveHandovers = computed(() => this.auth.hasPermission('chain:record'));
  protected readonly phases = CHAIN_PHASES;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly pageSize = PAGE_SIZE;
  /** Whoever can hold the regie sees what needs their action (the alerts of "Mijn gezinnen"). */
  protected readonly showsNeedsAction = computed(() => this.auth.hasPermission('dashboard:read'));
  protected readonly columns = computed(() => [
    'caseNumber',
    'familyName',
    ...(this.showsNeedsAction() ? ['needsAction'] : []),
    'gemeente',
    'phase',
    'coordinator',
    'lastActivity',
  ]);
  protected readonly isClient = computed(() => {
    const me = this.auth.me();
    return me !== null && isClientRole(me.role);
  });

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseListParams)), {
    requireSync: true,
  });
  protected readonly state = loadResource(this.route.queryParamMap.pipe(map(parseListParams)), (query) =>
    this.load(query),
  );
  protected readonly search = new FormControl(this.query().q ?? '', { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.applyFilters({ q }));
  }

  protected applyFilters(changes: Partial<CaseListQuery>): void {
    this.navigate({ ...this.query(), ...changes, page: 1 });
  }

  /** The native selects (`matNativeControl`: the phone's own picker) give the chosen option's value; "" is all. */
  protected filterGemeente(value: string): void {
    this.applyFilters({ gemeente: this.gemeenten.find((gemeente) => gemeente === value) });
  }

  protected filterPhase(value: string): void {
    this.applyFilters({ phase: this.phases.find((phase) => phase === value) });
  }

  /** A header click sorts by that column; the third click clears it (back to the last changed first). */
  protected sortBy(sort: Sort): void {
    const direction = sort.direction || undefined;
    this.applyFilters({ sort: direction ? (sort.active as CaseSortKey) : undefined, direction });
  }

  /** What needs the caller's action on this family, in words. */
  protected actionLabels(row: CaseListItem): string[] {
    return row.needsAction.map((kind) => ATTENTION_LABELS[kind]);
  }

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.query(), page: event.pageIndex + 1 });
  }

  private navigate(query: CaseListQuery): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toListParams(query),
      replaceUrl: true,
    });
  }

  private load(query: CaseListQuery): Observable<CaseList> {
    return this.api.list(query).pipe(
      tap((page) => this.openOnlyCase(page, query)),
      map((page) => ({ page, filtered: hasFilters(query) })),
    );
  }

  /**
   * A parent, child or network member with exactly one family goes straight to it — unless they are
   * already on their way to another page (say "Mijn gesprek", clicked before the list arrived).
   */
  private openOnlyCase(page: Page<CaseListItem>, query: CaseListQuery): void {
    if (this.router.currentNavigation()) return;
    if (this.isClient() && page.total === 1 && page.items.length === 1 && !hasFilters(query)) {
      void this.router.navigate([page.items[0].id], { relativeTo: this.route, replaceUrl: true });
    }
  }
}
