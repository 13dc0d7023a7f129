// A real OpenID Connect provider (oidc-provider), started in-process on a free port, standing in
// for a partner organisation's identity provider. The test decides who signs in and with which
// methods (`amr`); the protocol — discovery, PKCE, signed ID tokens, nonce — is the real one.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type ProviderAccount = { sub: string; email: string; email_verified: boolean; name: string };

export async function startOpenIdProvider(options: {
  redirectUri: string;
  clientId: string;
  clientSecret: string;
}) {
  const accounts = new Map<string, ProviderAccount>();
  let next: { sub: string; amr: string[] } | null = null;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A signing key of this run: the provider signs ID tokens with it, eenplan checks them by its JWKS.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    // `amr: null`: the methods used go into the ID token, as a real provider of an organisation does.
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a test key, not a secret'] },
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => account } : undefined;
    },
  });
  const callback = provider.callback();

  // The provider's own login and consent screens: here the test has already chosen who signs in.
  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!next) throw new Error('the test did not say who signs in');
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: next.sub, amr: next.amr } },
        {
          mergeWithLastSubmission: false,
        },
      );
      return;
    }
    const grant = new provider.Grant({
      accountId: String(details.session?.accountId),
      clientId: String(details.params.client_id),
    });
    grant.addOIDCScope('openid email profile');
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      {
        mergeWithLastSubmission: true,
      },
    );
  }

  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/'))
      interaction(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    else callback(req, res);
  });

  /** Follows the provider's redirects like a browser (with its own cookies) until it sends the browser back. */
  async function signInAt(authorizationUrl: string, as: { sub: string; amr?: string[] }): Promise<URL> {
    next = { sub: as.sub, amr: as.amr ?? ['pwd', 'mfa'] };
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = (pair ?? '').split('=');
        if (name) jar.set(name.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (!location)
        throw new Error(`the provider stopped at ${url}: ${response.status} ${await response.text()}`);
      const target = new URL(location, url);
      if (target.href.startsWith(options.redirectUri)) return target;
      url = target.href;
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    /** Who signs in at the provider's (skipped) login screen the next time a browser comes by. */
    willSignIn: (as: { sub: string; amr?: string[] }) => {
      next = { sub: as.sub, amr: as.amr ?? ['pwd', 'mfa'] };
    },
    addAccount: (account: ProviderAccount) => accounts.set(account.sub, account),
    signInAt,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
