import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MemberAccount } from '@tafel/shared/contracts';
import { ReaderSeam } from '../../common/seams/reader-seam';

/** A parent or child of a case, as far as their account state needs them. */
export interface AccountHolder {
  id: string;
  userId: string | null;
}

/** The account state of each of these people, by member id. */
export type MemberAccountsReader = (
  manager: EntityManager,
  members: readonly AccountHolder[],
  now: Date,
) => Promise<Map<string, MemberAccount>>;

/**
 * The seam to the invitations module, which owns the invitation table (an account state is decided by
 * the last invitation) but builds on this module: it registers its reader here at start-up, as the
 * monitor registers with `ChainProjections`, so the case detail never reads the invitation table.
 */
@Injectable()
export class MemberAccounts extends ReaderSeam<MemberAccountsReader> {
  protected readonly owner = 'the invitations module';

  async of(
    manager: EntityManager,
    members: readonly AccountHolder[],
    now = new Date(),
  ): Promise<Map<string, MemberAccount>> {
    if (members.length === 0) return new Map();
    return this.reader(manager, members, now);
  }
}
