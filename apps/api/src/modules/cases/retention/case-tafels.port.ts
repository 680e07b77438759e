import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReaderSeam } from '../../../common/seams/reader-seam';

/** The ids of a case's tafels, read inside the caller's transaction. */
export type CaseTafelsReader = (manager: EntityManager, caseId: string) => Promise<string[]>;

/**
 * The seam to the tafels module, which owns the tafel table but builds on this module: it registers
 * its reader here at start-up, as the invitations module registers with `MemberAccounts`, so a
 * destruction learns the tafel ids each module deletes by without reading the tafel table.
 */
@Injectable()
export class CaseTafels extends ReaderSeam<CaseTafelsReader> {
  protected readonly owner = 'the tafels module';

  ids(manager: EntityManager, caseId: string): Promise<string[]> {
    return this.reader(manager, caseId);
  }
}
