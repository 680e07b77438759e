import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The ids of the goals of a case's plan as it now stands (its draft). */
export type PlanGoalIds = (manager: EntityManager, caseId: string) => Promise<readonly string[]>;

/**
 * The plans module reads the tafels' agreements (it imports this module), so the tafels module cannot
 * import it back: the plans module provides the current goals here, as the monitor registers with the
 * cases module's `ChainProjections`. Without a provider a plan has no goals.
 */
@Injectable()
export class PlanGoalsPort {
  private read: PlanGoalIds = async () => [];

  provide(read: PlanGoalIds): void {
    this.read = read;
  }

  goalIds(manager: EntityManager, caseId: string): Promise<readonly string[]> {
    return this.read(manager, caseId);
  }
}
