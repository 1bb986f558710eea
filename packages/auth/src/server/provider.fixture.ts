/**
 * A real OpenID provider for the relying party's tests: oidc-provider on
 * loopback, in memory, with one confidential client. Its only page is an
 * interaction that signs in whichever account the test names (no forms to
 * fill in), so the tests exercise the real protocol — discovery, PKCE,
 * state, nonce, the token endpoint, userinfo, end session — and nothing else.
 */
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'council-service';
export const CLIENT_SECRET = 'a client secret for the relying party tests';

export interface FixtureProvider {
  issuer: string;
  /** The account the next interaction signs in. */
  signInAs: string;
  /** The authorisation requests' parameters, in order (ui_locales, code_challenge_method…). */
  readonly requests: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startFixtureProvider(serviceOrigins: readonly string[]): Promise<FixtureProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = `http://127.0.0.1:${port}`;
  const fixture: FixtureProvider = {
    issuer,
    signInAs: 'person-1',
    requests: [],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: serviceOrigins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: serviceOrigins.map((origin) => `${origin}/signed-out`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@example.cymru`, email_verified: true }),
    }),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['relying party tests: the fixture provider cookie key'] },
    discovery: { ui_locales_supported: ['cy', 'en'] },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      callback(req, res);
      return;
    }
    const finish = async (): Promise<void> => {
      const details = await provider.interactionDetails(req, res);
      fixture.requests.push({ ...details.params });
      const grant = new provider.Grant({ accountId: fixture.signInAs, clientId: CLIENT_ID });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: fixture.signInAs }, consent: { grantId } }, { mergeWithLastSubmission: false });
    };
    finish().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return fixture;
}
