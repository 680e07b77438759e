import { inject } from '@angular/core';
import {
  CaseDetail,
  FamilyAgreement,
  Measure,
  PlanOverview,
  PlanVersion,
  TafelSummary,
} from '@tafel/shared/contracts';
import { CasesApi, nextTafel } from '@tafel/web/core';
import { map, Observable } from 'rxjs';

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
  /** The court measures the reader is told of: a parent their children's, a child their own. */
  measures: Measure[];
}

/**
 * Loads the reader's family (a family member belongs to one) in one request — on a slow phone
 * connection each round trip counts; null when there is none yet.
 */
export function loadFamilyData(): () => Observable<FamilyData | null> {
  const cases = inject(CasesApi);
  return () =>
    cases.familyHome().pipe(
      map(({ family, tafels, overview, version, agreements, measures }) =>
        family
          ? {
              family,
              nextTafel: nextTafel(tafels),
              verslagen: tafels.filter((t) => t.status === 'minutes_adopted'),
              overview,
              version,
              agreements,
              measures,
            }
          : null,
      ),
    );
}
