import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ADMIN_USER_LIST_LIMIT,
  AdminEvent,
  AdminUser,
  AdminUserQuery,
  CreateUserRequest,
  HandoverRequest,
  Role,
  UpdateUserRequest,
  UserResponsibilities,
  isClientRole,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { TotpService } from '../auth/totp.service';
import { CaseAccessService } from '../cases/case-access.service';
import { CoordinatorService } from '../cases/coordinator.service';
import { InvitationsService } from '../invitations/invitations.service';
import { OrganisationsService } from '../organisations/organisations.service';

/** An account with its organisation and second factor; never anything of a case. */
const SELECT_USERS = `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
       u.active, u.totp_enabled_at IS NOT NULL AS second_factor
  FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id`;

const memberOfCases = () =>
  new DomainError(
    'member_of_cases',
    'The role of a member of a case does not change; end the memberships first',
  );

const ownRole = () => new DomainError('invalid_state', 'An administrator does not change their own role');
const ownAccount = () =>
  new DomainError('invalid_state', 'An administrator does not deactivate their own account');

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  organisation_id: string | null;
  organisation_name: string | null;
  active: boolean;
  second_factor: boolean;
}

/** Administrator actions on accounts; the writes belong to auth and invitations, which this calls. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly totp: TotpService,
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsService,
    private readonly accessLog: AccessLogService,
    private readonly cases: CaseAccessService,
    private readonly coordinators: CoordinatorService,
  ) {}

  /**
   * The first accounts by name or e-mail (a part, any case), with role, organisation and state, and how
   * many match in all; no case data. Each
   * family member's or confidant's account shown is a logged read (`admin.user.read`).
   */
  async list(admin: AuthUser, { q, role }: AdminUserQuery): Promise<{ users: AdminUser[]; total: number }> {
    const pattern = `%${(q ?? '').trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matching = '(u.display_name ILIKE $1 OR u.email ILIKE $1) AND ($2::text IS NULL OR u.role = $2)';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT_USERS} WHERE ${matching} ORDER BY u.display_name, u.email LIMIT ${ADMIN_USER_LIST_LIMIT}`,
        [pattern, role ?? null],
      ) as Promise<UserRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM app_user u WHERE ${matching}`, [
        pattern,
        role ?? null,
      ]) as Promise<{ total: number }[]>,
    ]);
    await this.logClientReads(admin, rows);
    return { users: await this.withInvitations(rows), total };
  }

  private async get(id: string): Promise<AdminUser> {
    const rows: UserRow[] = await this.dataSource.query(`${SELECT_USERS} WHERE u.id = $1`, [id]);
    if (!rows[0]) throw notFound('User');
    return toAdminUser(rows[0], (await this.invitations.openFor([id])).has(id));
  }

  /** A staff account with its role and organisation; the person gets an invitation mail without content. */
  async create(admin: AuthUser, input: CreateUserRequest): Promise<AdminUser> {
    await this.organisations.get(input.organisationId);
    const id = await this.invitations.createStaffAccount(admin, input);
    await this.log(admin, 'admin.user.create', 'C', id);
    return this.get(id);
  }

  /** Deactivates the account and ends its sessions at once: its next request is a 401. */
  /** Another administrator does it: so nobody locks the region out of its last administrator account. */
  async deactivate(admin: AuthUser, id: string): Promise<AdminUser> {
    if (id === admin.id) throw ownAccount();
    if (!(await this.auth.deactivate(id))) throw notFound('User');
    await this.log(admin, 'admin.user.deactivate', 'U', id);
    return this.get(id);
  }

  /** Lets a deactivated account log in again; no session from before comes back. */
  async reactivate(admin: AuthUser, id: string): Promise<AdminUser> {
    if (!(await this.auth.reactivate(id))) throw notFound('User');
    await this.log(admin, 'admin.user.reactivate', 'U', id);
    return this.get(id);
  }

  /**
   * Changes name, e-mail, organisation and role. The role stays while the person is a member of any
   * case (coordinator, added professional, a seat at a tafel, or a family member): the role decides
   * what a member may do to a family, so a new role needs a new account or the memberships ended first.
   * Nobody changes their own role.
   */
  async update(admin: AuthUser, id: string, input: UpdateUserRequest): Promise<AdminUser> {
    const current = await this.get(id);
    if (input.organisationId) await this.organisations.get(input.organisationId);
    const roleChanged = input.role !== undefined && input.role !== current.role;
    // Another administrator changes it: so nobody locks the region out of its last administrator account.
    if (roleChanged && id === admin.id) throw ownRole();
    if (roleChanged && (await this.cases.responsibilities(id)).member) throw memberOfCases();
    if (!(await this.auth.updateAccount(id, input, roleChanged))) throw notFound('User');
    await this.log(admin, 'admin.user.update', 'U', id);
    return this.get(id);
  }

  /** What the person still carries, as numbers only: the administrator sees no family. */
  async responsibilities(id: string): Promise<UserResponsibilities> {
    await this.get(id);
    const { families, tafelsToChair, tafelsToMinute } = await this.cases.responsibilities(id);
    return { families, tafelsToChair, tafelsToMinute };
  }

  /**
   * Hands the families of a deactivated coordinator to another coordinator (the cases module decides
   * and logs each through its access table); answers what the person still carries: no family.
   */
  async handOver(admin: AuthUser, id: string, input: HandoverRequest): Promise<UserResponsibilities> {
    await this.coordinators.handOverOrphaned(admin, id, input);
    return this.responsibilities(id);
  }

  /** Forgets the second factor and ends the sessions: the next login sets it up again. */
  async resetSecondFactor(admin: AuthUser, id: string): Promise<AdminUser> {
    if (!(await this.totp.reset(id))) throw notFound('User');
    await this.sessions.revokeAll(id);
    await this.log(admin, 'admin.user.second-factor-reset', 'U', id);
    return this.get(id);
  }

  /** Whether each account's invitation is still open: the invitations module owns the table. */
  private async withInvitations(rows: readonly UserRow[]): Promise<AdminUser[]> {
    const open = await this.invitations.openFor(rows.map((row) => row.id));
    return rows.map((row) => toAdminUser(row, open.has(row.id)));
  }

  /** Every administrator action is a row of the access log; `personId` names the account acted on. */
  log(admin: AuthUser, event: AdminEvent, action: 'C' | 'U', subjectId: string | null): Promise<void> {
    return this.accessLog.record(admin, [
      { event, action, caseId: null, personId: subjectId, authorised: true, relationship: 'admin' },
    ]);
  }

  private logClientReads(admin: AuthUser, accounts: readonly { id: string; role: Role }[]): Promise<void> {
    const clients = accounts.filter((account) => isClientRole(account.role));
    if (clients.length === 0) return Promise.resolve();
    return this.accessLog.record(
      admin,
      clients.map((account) => ({
        event: 'admin.user.read' as const,
        action: 'R' as const,
        caseId: null,
        personId: account.id,
        authorised: true,
        relationship: 'admin',
      })),
    );
  }
}

function toAdminUser(row: UserRow, invitationOpen: boolean): AdminUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
    active: row.active,
    secondFactor: row.second_factor,
    invitationOpen,
  };
}
