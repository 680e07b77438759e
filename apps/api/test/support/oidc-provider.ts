import { generateKeyPairSync } from 'node:crypto';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The client Tafel is registered as at the test broker. */
export const OIDC_TEST_CLIENT = {
  clientId: 'tafel-test',
  clientSecret: 'a-client-secret-for-the-test-broker',
  redirectUri: 'http://tafel.test/api/v1/auth/oidc/callback',
};

/** Set by the integration global setup: the issuer URL of the running test broker. */
export const OIDC_ISSUER_ENV = 'TAFEL_TEST_OIDC_ISSUER';

export const ACR_LEVELS = ['basis', 'midden', 'substantieel', 'hoog'];

export interface TestOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

// oidc-provider ships no types: the few parts used here, typed by hand.
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface GrantClass {
  new (properties: { clientId: string; accountId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}
interface ProviderContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    provider: { Grant: GrantClass };
  };
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: { login: { accountId: string; acr: string } },
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
}
type ProviderClass = new (issuer: string, configuration: object) => Provider;

/** Every login is consented for the test client, as for a broker's first-party client. */
async function grantOpenid(ctx: ProviderContext): Promise<Grant | undefined> {
  const { client, session, result, provider } = ctx.oidc;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid');
  await grant.save();
  return grant;
}

/**
 * A real OpenID Provider (oidc-provider 8) over HTTP on 127.0.0.1, started from jest's global
 * setup: oidc-provider is an ES module, which jest's CommonJS test sandbox cannot load, while the
 * global setup runs in plain Node. Instead of a login page, `GET /interaction/{uid}/login?sub=…&acr=…`
 * logs in that subject at that assurance level, so each test chooses who logs in and how strongly.
 */
export async function startOidcProvider(): Promise<TestOidcProvider> {
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: ProviderClass };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.clientId,
        client_secret: OIDC_TEST_CLIENT.clientSecret,
        redirect_uris: [OIDC_TEST_CLIENT.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['a-cookie-key-for-the-test-broker'] },
    acrValues: ACR_LEVELS,
    pkce: { required: () => true, methods: ['S256'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    loadExistingGrant: grantOpenid,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (!/^\/interaction\/[^/]+\/login$/.test(url.pathname)) return handle(req, res);
    const login = { accountId: url.searchParams.get('sub') ?? '', acr: url.searchParams.get('acr') ?? '' };
    provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false }).catch((error) => {
      res.statusCode = 400;
      res.end(String(error));
    });
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
