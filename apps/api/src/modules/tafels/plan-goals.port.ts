import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReaderSeam } from '../../common/seams/reader-seam';

/** The ids of the goals of a case's plan as it now stands (its draft). */
export type PlanGoalIds = (manager: EntityManager, caseId: string) => Promise<readonly string[]>;

/**
 * The plans module reads the tafels' agreements (it imports this module), so the tafels module cannot
 * import it back: the plans module provides the current goals here, as the monitor registers with the
 * cases module's `ChainProjections`.
 */
@Injectable()
export class PlanGoalsPort extends ReaderSeam<PlanGoalIds> {
  protected readonly owner = 'the plans module';

  goalIds(manager: EntityManager, caseId: string): Promise<readonly string[]> {
    return this.reader(manager, caseId);
  }
}
