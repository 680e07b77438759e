import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, AppConfig, OidcConfig } from '../../config/app-config';
import { OidcFlow } from './oidc-flow';
import { brokerUnavailable, loginFlowInvalid, oidcDisabled } from './oidc.errors';

export interface OidcIdentity {
  sub: string;
  acr: string | null;
}

/** The only place that speaks OIDC to the broker (openid-client): discovery, authorization URL, code exchange. */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger('Oidc');
  private configuration: Promise<client.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The OIDC settings; a 404 when OIDC_ISSUER is unset. */
  get settings(): OidcConfig {
    if (!this.config.oidc) throw oidcDisabled();
    return this.config.oidc;
  }

  /** Authorization code flow with PKCE (S256), state, nonce and the minimum assurance level. */
  async authorizationUrl(flow: OidcFlow): Promise<string> {
    const { redirectUri, minAcr } = this.settings;
    const url = client.buildAuthorizationUrl(await this.discovered(), {
      redirect_uri: redirectUri,
      scope: 'openid',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
      acr_values: minAcr,
    });
    return url.href;
  }

  /**
   * Exchanges the code with the PKCE verifier. openid-client checks the state, the issuer, the ID
   * token's signature, audience and lifetime, and the nonce; any failure ends the login.
   */
  async exchange(callbackUrl: URL, flow: OidcFlow): Promise<OidcIdentity> {
    const configuration = await this.discovered();
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw loginFlowInvalid('The login service returned no ID token');
      return { sub: claims.sub, acr: typeof claims.acr === 'string' ? claims.acr : null };
    } catch (error) {
      if (
        error instanceof client.ClientError ||
        error instanceof client.ResponseBodyError ||
        error instanceof client.AuthorizationResponseError
      ) {
        this.logger.warn(`OIDC login refused: ${error.message}`);
        throw loginFlowInvalid('The login could not be completed; start again');
      }
      if (error instanceof TypeError) throw this.unavailable(error);
      throw error;
    }
  }

  /** Discovery once per process; a failure is retried on the next login. */
  private discovered(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret, allowInsecureHttp } = this.settings;
    this.configuration ??= client
      .discovery(new URL(issuer), clientId, clientSecret, undefined, {
        execute: allowInsecureHttp ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw this.unavailable(error);
      });
    return this.configuration;
  }

  private unavailable(error: unknown) {
    this.logger.warn(`OIDC broker unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return brokerUnavailable();
  }
}
