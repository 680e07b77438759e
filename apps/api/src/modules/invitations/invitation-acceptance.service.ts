import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Me } from '@tafel/shared/contracts';
import { AuthService } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { SessionMeta, SessionService } from '../auth/session.service';
import { Transactions } from '../../common/events/unit-of-work';
import { CasesApi } from '../cases/cases.api';
import { UserEntity } from '../users/user.entity';
import { AcceptInvitationDto } from './dto/invitation.dto';
import { InvitationEntity } from './invitation.entity';
import { hashInvitationToken } from './invitation-token';
import { alreadyHasAccount, invitationExpired, invitationNotFound } from './invitations.errors';

/** How the new account will log in: a password (argon2id hash) or a subject at the OIDC broker. */
export type NewAccountLogin =
  | { passwordHash: string; oidcSubject: null }
  | { passwordHash: null; oidcSubject: string };

/** Turns an open invitation into an account — once — and links it to the case member. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly cases: CasesApi,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
  ) {}

  /** The open invitation behind a token hash; unknown and used are one answer, expired and revoked another. */
  async usable(
    tokenHash: string,
    manager = this.dataSource.manager,
    lock = false,
  ): Promise<InvitationEntity> {
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation || invitation.acceptedAt) throw invitationNotFound();
    if (invitation.revokedAt || invitation.expiresAt <= new Date()) throw invitationExpired();
    return invitation;
  }

  /** Sets up the account with the chosen password and starts its first session. */
  async acceptWithPassword(
    token: string,
    input: AcceptInvitationDto,
    meta: SessionMeta,
  ): Promise<{ token: string; me: Me }> {
    const tokenHash = hashInvitationToken(token);
    await this.usable(tokenHash); // fail fast, before the deliberately costly password hash
    const passwordHash = await this.passwords.hash(input.password);
    const userId = await this.accept(tokenHash, { passwordHash, oidcSubject: null }, input.displayName);
    const me = await this.auth.me(userId);
    // A staff role that needs a second factor starts partial: setting it up comes next.
    return { token: await this.sessions.start(userId, meta, this.auth.firstStage(me.role)), me };
  }

  /**
   * Creates the user and links the case member in one transaction. The invitation row is locked
   * first, so of two concurrent accepts exactly one still finds it open. Returns the new user's id.
   */
  accept(tokenHash: string, login: NewAccountLogin, displayName?: string): Promise<string> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const invitation = await this.usable(tokenHash, manager, true);
      if (invitation.userId) return this.completeStaffAccount(manager, invitation, login, displayName);
      const member = await this.cases.member(manager, invitation.memberId as string, null);
      if (!member) throw invitationNotFound();
      if (member.userId) throw alreadyHasAccount();
      const user = await manager.save(
        manager.create(UserEntity, {
          email: invitation.email,
          displayName: displayName?.trim() || `${member.firstName} ${member.lastName}`,
          role: invitation.role,
          organisationId: null,
          ...login,
        }),
      );
      await this.cases.linkAccount(uow, member, user.id);
      await manager.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
      return user.id;
    });
  }

  /** A staff account exists already (an administrator made it): the invitation sets how it logs in. */
  private async completeStaffAccount(
    manager: EntityManager,
    invitation: InvitationEntity,
    login: NewAccountLogin,
    displayName?: string,
  ): Promise<string> {
    const userId = invitation.userId as string;
    const name = displayName?.trim();
    await manager.update(UserEntity, userId, { ...login, ...(name ? { displayName: name } : {}) });
    await manager.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
    return userId;
  }
}
