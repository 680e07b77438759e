import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ageOn } from '@tafel/shared/util';
import {
  CreateUserRequest,
  INVITATION_WEB_PATH,
  InvitableRole,
  InvitationCreated,
  InvitationInfo,
  MailDelivery,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { CasesApi, MemberRef } from '../cases/cases.api';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { CreateInvitationDto } from './dto/invitation.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { invitationMail } from './invitation-mail';
import { toMemberAccount } from './member-accounts';
import { InvitationEntity } from './invitation.entity';
import { hashInvitationToken, newInvitationToken } from './invitation-token';
import { alreadyHasAccount, emailInUse, invitationNotSent, notInvitable } from './invitations.errors';

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly acceptance: InvitationAcceptanceService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Prepares an account for a parent, or a child from the age threshold, of a case the caller may
   * see. The token exists only in the e-mail; the database keeps its SHA-256. An open invitation
   * for the same person is revoked: inviting again is how a coordinator resends.
   */
  async create(user: AuthUser, caseId: string, input: CreateInvitationDto): Promise<InvitationCreated> {
    await this.access.requireAccess(user, caseId, 'case.invite', { personId: input.memberId });
    const email = input.email.toLowerCase();
    const now = new Date();
    const { token, tokenHash } = newInvitationToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      // The member's row lock serialises invitations for one person: exactly one stays open.
      const member = await this.cases.member(manager, input.memberId, caseId, true);
      const role = this.invitableRole(member, now);
      if (await manager.existsBy(UserEntity, { email })) throw emailInUse();
      await manager.update(
        InvitationEntity,
        { memberId: input.memberId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      return manager.save(
        manager.create(InvitationEntity, {
          tokenHash,
          memberId: input.memberId,
          email,
          role,
          invitedById: user.id,
          expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3_600_000),
        }),
      );
    });
    const delivery = await this.send(invitation, token);
    return {
      id: invitation.id,
      expiresAt: invitation.expiresAt.toISOString(),
      delivery,
      account: toMemberAccount(null, invitation, now),
    };
  }

  /** What the invitation page may show: the role, the address and until when the link works. */
  async info(token: string): Promise<InvitationInfo> {
    const invitation = await this.acceptance.usable(hashInvitationToken(token));
    return {
      role: invitation.role,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  private invitableRole(member: MemberRef | null, now: Date): InvitableRole {
    if (!member) throw notInvitable('must be a member of this case');
    if (member.userId) throw alreadyHasAccount();
    if (member.kind === 'parent') return 'parent';
    const threshold = this.config.childAgeThreshold;
    if (member.kind === 'child' && member.birthDate && ageOn(member.birthDate, now) >= threshold) {
      return 'child';
    }
    throw notInvitable(`must be a parent, or a child of ${threshold} or older`);
  }

  /**
   * A staff account, made by an administrator: the user (no password yet) and an invitation to set
   * one, in one transaction; then the neutral mail (when it cannot be sent, the account is removed
   * again: 503). Returns the new user's id.
   */
  async createStaffAccount(admin: AuthUser, input: CreateUserRequest): Promise<string> {
    const email = input.email.toLowerCase();
    const now = new Date();
    const { token, tokenHash } = newInvitationToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) throw emailInUse();
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          organisationId: input.organisationId,
          passwordHash: null,
        }),
      );
      return manager.save(
        manager.create(InvitationEntity, {
          tokenHash,
          memberId: null,
          userId: user.id,
          email,
          role: input.role,
          invitedById: admin.id,
          expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3_600_000),
        }),
      );
    });
    const userId = invitation.userId as string;
    try {
      await this.send(invitation, token);
    } catch (error) {
      // Without the mail nobody could ever use the account: it goes, and the administrator tries again.
      await this.dataSource.manager.delete(UserEntity, userId);
      throw error;
    }
    return userId;
  }

  /** Of these accounts, the ones with an invitation still open (not accepted, withdrawn or run out): one query. */
  async openFor(userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id AS "userId" FROM invitation
        WHERE user_id = ANY($1::uuid[]) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [userIds],
    );
    return new Set(rows.map((row) => row.userId));
  }

  /**
   * Sent directly, not through a job: a job row would keep the usable token in the database. When
   * the mail cannot be sent — or, outside the demo, there is no SMTP server to send it — the
   * invitation is withdrawn at once, and the coordinator can try again.
   */
  private async send(invitation: InvitationEntity, token: string): Promise<MailDelivery> {
    const link = `${this.config.appUrl}/${INVITATION_WEB_PATH}/${token}`;
    try {
      const outcome = await this.mail.send(invitationMail(invitation.email, link, invitation.expiresAt));
      if (outcome === 'dropped') throw new Error('SMTP_URL is not set');
      return outcome;
    } catch (error) {
      await this.dataSource.manager.update(InvitationEntity, invitation.id, { revokedAt: new Date() });
      this.logger.warn(
        `Invitation ${invitation.id} not sent: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw invitationNotSent();
    }
  }
}
