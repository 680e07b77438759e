import { inject } from '@angular/core';
import {
  CaseDetail,
  FamilyAgreement,
  PlanOverview,
  PlanVersion,
  TafelSummary,
} from '@tafel/shared/contracts';
import { AuthStore, CasesApi, nextTafel, PlansApi, TafelsApi } from '@tafel/web/core';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';

/** Everything "Mijn gezin" shows of the reader's own family, as the API lets this reader see it. */
export interface FamilyData {
  family: CaseDetail;
  nextTafel: TafelSummary | null;
  /** Tafels whose verslag is adopted (vastgesteld), newest first. */
  verslagen: TafelSummary[];
  overview: PlanOverview | null;
  /** The newest published version, with the reader's own answers. */
  version: PlanVersion | null;
  agreements: FamilyAgreement[];
}

/** Loads the reader's family (a family member belongs to one); null when there is none yet. */
export function loadFamilyData(): () => Observable<FamilyData | null> {
  const cases = inject(CasesApi);
  const plans = inject(PlansApi);
  const tafels = inject(TafelsApi);
  const auth = inject(AuthStore);
  return () => {
    const readsPlan = auth.hasPermission('plan:read');
    return cases.list({ pageSize: 1 }).pipe(
      switchMap((page) => {
        const id = page.items[0]?.id;
        if (!id) return of(null);
        return forkJoin({
          family: cases.get(id),
          tafels: tafels.list(id),
          overview: readsPlan ? plans.overview(id) : of(null),
          agreements: readsPlan ? plans.agreements(id) : of([]),
        }).pipe(
          switchMap(({ family, tafels: list, overview, agreements }) => {
            const newest = overview?.versions[0]?.number;
            const version$: Observable<PlanVersion | null> = newest ? plans.version(id, newest) : of(null);
            return version$.pipe(
              map(
                (version): FamilyData => ({
                  family,
                  nextTafel: nextTafel(list),
                  verslagen: list.filter((t) => t.status === 'minutes_adopted'),
                  overview,
                  version,
                  agreements,
                }),
              ),
            );
          }),
        );
      }),
    );
  };
}
