import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MemberAccount } from '@tafel/shared/contracts';
import { AccountHolder, MemberAccounts } from '../cases/member-accounts.port';

/** The last unaccepted invitation of a person, as far as their account state needs it. */
export interface LastInvitation {
  email: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

const NONE: MemberAccount = { state: 'none', email: null, invitedAt: null, expiresAt: null };

/**
 * A parent's or child's account state: an account is `active`; else the last invitation decides —
 * open is `invited`, run out is `expired`, and one withdrawn because its mail failed counts as none.
 */
export function toMemberAccount(
  userId: string | null,
  last: LastInvitation | undefined,
  now = new Date(),
): MemberAccount {
  if (userId) return { ...NONE, state: 'active' };
  if (!last || last.revokedAt) return NONE;
  return {
    state: last.expiresAt > now ? 'invited' : 'expired',
    email: last.email,
    invitedAt: last.createdAt.toISOString(),
    expiresAt: last.expiresAt.toISOString(),
  };
}

/** The last unaccepted invitation of each of these members: one query. */
async function lastInvitations(
  manager: EntityManager,
  memberIds: readonly string[],
): Promise<Map<string, LastInvitation>> {
  if (memberIds.length === 0) return new Map();
  const rows: (LastInvitation & { memberId: string })[] = await manager.query(
    `SELECT DISTINCT ON (i.member_id) i.member_id AS "memberId", i.email, i.created_at AS "createdAt",
            i.expires_at AS "expiresAt", i.revoked_at AS "revokedAt"
       FROM invitation i
      WHERE i.member_id = ANY($1::uuid[]) AND i.accepted_at IS NULL
      ORDER BY i.member_id, i.created_at DESC`,
    [memberIds],
  );
  return new Map(rows.map(({ memberId, ...last }) => [memberId, last]));
}

/**
 * The account states the case detail shows (the cases module cannot import this module, which builds
 * on it): registered with its `MemberAccounts` at start-up.
 */
@Injectable()
export class InvitationAccounts implements OnModuleInit {
  constructor(private readonly accounts: MemberAccounts) {}

  onModuleInit(): void {
    this.accounts.register((manager, members, now) => this.of(manager, members, now));
  }

  async of(
    manager: EntityManager,
    members: readonly AccountHolder[],
    now: Date,
  ): Promise<Map<string, MemberAccount>> {
    const last = await lastInvitations(
      manager,
      members.filter((m) => !m.userId).map((m) => m.id),
    );
    return new Map(members.map((m) => [m.id, toMemberAccount(m.userId, last.get(m.id), now)]));
  }
}
