import { CaseDetail } from './case';
import { Measure } from './chain';
import { FamilyAgreement, PlanOverview, PlanVersion } from './plan';
import { TafelSummary } from './tafel';

/**
 * "Mijn gezin" in one answer: what the family's own endpoints give this reader (a parent, child or
 * confidant) on their family — each part under the same viewer policy and access logging. Without a
 * family (not yet added to one) `family` is null and the rest empty.
 */
export interface FamilyHome {
  family: CaseDetail | null;
  tafels: TafelSummary[];
  /** Null for a reader without `plan:read` (a confidant). */
  overview: PlanOverview | null;
  /** The newest published version, with the reader's own answers; null before the first. */
  version: PlanVersion | null;
  agreements: FamilyAgreement[];
  /** The court measures this reader is told of (a parent: their children's; a child: their own). */
  measures: Measure[];
}
