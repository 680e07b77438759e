import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isClientRole } from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionMeta, SessionService } from '../auth/session.service';
import { InvitationAcceptanceService } from '../invitations/invitation-acceptance.service';
import { hashInvitationToken } from '../invitations/invitation-token';
import { UserEntity } from '../users/user.entity';
import { meetsMinimumAcr } from './acr';
import { OidcClientService } from './oidc-client.service';
import { newFlow, openFlow, sameState, sealFlow } from './oidc-flow';
import { accountNotLinked, assuranceTooLow, loginFlowInvalid, oidcRoleRefused } from './oidc.errors';

/** Citizen login through the OIDC broker: parents, children and network members only. */
@Injectable()
export class OidcLoginService {
  constructor(
    private readonly oidc: OidcClientService,
    private readonly acceptance: InvitationAcceptanceService,
    private readonly sessions: SessionService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Starts a login: returns the broker's authorization URL and the sealed flow for the cookie. An
   * invitation is checked now, so a dead link fails before the broker, and kept only as its hash.
   */
  async start(invitationToken: string | undefined): Promise<{ url: string; sealedFlow: string }> {
    const invitationHash = invitationToken ? hashInvitationToken(invitationToken) : null;
    const flow = newFlow(invitationHash);
    const url = await this.oidc.authorizationUrl(flow); // a 404 first when OIDC is off
    if (invitationHash) await this.acceptance.usable(invitationHash);
    return { url, sealedFlow: sealFlow(flow, this.config.sessionSecret) };
  }

  /**
   * Finishes a login and returns a session token: the state must match this browser's flow, the
   * code is exchanged, the assurance level must reach the minimum, and the subject must belong to
   * an account — or the flow carries an invitation, which is accepted for this subject.
   */
  async complete(sealedFlow: string | undefined, query: URLSearchParams, meta: SessionMeta): Promise<string> {
    const { redirectUri, acrLevels, minAcr } = this.oidc.settings;
    const flow = openFlow(sealedFlow, this.config.sessionSecret);
    if (!flow || !sameState(query.get('state'), flow.state)) {
      throw loginFlowInvalid('This login does not match the one started in this browser; start again');
    }
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = query.toString();
    const { sub, acr } = await this.oidc.exchange(callbackUrl, flow);
    if (!meetsMinimumAcr(acr, acrLevels, minAcr)) throw assuranceTooLow(minAcr);
    return this.sessions.start(await this.accountFor(sub, flow.invitationHash), meta);
  }

  private async accountFor(sub: string, invitationHash: string | null): Promise<string> {
    const user = await this.users.findOneBy({ oidcSubject: sub });
    if (user) {
      if (!user.active || !isClientRole(user.role)) throw oidcRoleRefused();
      return user.id;
    }
    if (!invitationHash) throw accountNotLinked();
    return this.acceptance.accept(invitationHash, { passwordHash: null, oidcSubject: sub });
  }
}
