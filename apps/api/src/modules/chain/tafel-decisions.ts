import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MomentType } from '@tafel/shared/contracts';
import { ReaderSeam } from '../../common/seams/reader-seam';

/** A tafel's decision as an overdracht names it: the moment type, and when the tafel was held. */
export interface TafelDecisionRef {
  tafelId: string;
  momentType: MomentType;
  heldAt: Date;
}

/** Reads the decisions of these tafels (the decided ones among them) in one go. */
export type TafelDecisionsReader = (
  manager: EntityManager,
  tafelIds: readonly string[],
) => Promise<TafelDecisionRef[]>;

/**
 * The seam to the tafels module, which owns the decision but builds on this module (its decision
 * sends the overdracht): it registers its reader here at start-up, as the monitor registers with
 * `ChainProjections` and the mails with `JobsService`, so neither module imports the other's tables.
 */
@Injectable()
export class TafelDecisions extends ReaderSeam<TafelDecisionsReader> {
  protected readonly owner = 'the tafels module';

  async of(manager: EntityManager, tafelIds: readonly string[]): Promise<Map<string, TafelDecisionRef>> {
    const ids = [...new Set(tafelIds)];
    if (ids.length === 0) return new Map();
    return new Map((await this.reader(manager, ids)).map((d) => [d.tafelId, d]));
  }
}
