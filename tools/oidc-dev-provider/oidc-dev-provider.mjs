/**
 * A real OpenID Connect provider (node-oidc-provider) for tests, e2e runs and local development:
 * a stand-in for a province's unified identity service (统一身份认证). It is an ES module, so it
 * runs as its own process; it prints `OIDC_DEV_PROVIDER_READY <issuer>` once it listens.
 *
 * Environment:
 *   OIDC_DEV_PORT           port to listen on (0: any free port; the issuer says which)
 *   OIDC_DEV_CLIENT_ID      client id (default scenematch)
 *   OIDC_DEV_CLIENT_SECRET  client secret (default scenematch-dev-secret)
 *   OIDC_DEV_REDIRECT_URIS  comma-separated redirect URIs the client may use
 *   OIDC_DEV_ACCOUNTS       JSON: { "<sub>": { "email": …, "email_verified": true, "name": …, "amr": ["pwd", "otp"] } }
 *
 * The login page takes an account's sub as 账号 (any password): it proves nothing and is for
 * tests only. Consent is granted with the login.
 */
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_DEV_PORT ?? 0);
const clientId = process.env.OIDC_DEV_CLIENT_ID ?? 'scenematch';
const clientSecret = process.env.OIDC_DEV_CLIENT_SECRET ?? 'scenematch-dev-secret';
const redirectUris = (process.env.OIDC_DEV_REDIRECT_URIS ?? 'http://localhost:3000/api/auth/sso/callback').split(',').map((u) => u.trim()).filter(Boolean);
const accounts = JSON.parse(process.env.OIDC_DEV_ACCOUNTS ?? '{}');

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(uid, error) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>统一身份认证平台（测试）</title>
<style>body{font-family:sans-serif;max-width:360px;margin:48px auto;padding:0 16px}label{display:block;margin:12px 0 4px}input{width:100%;padding:8px;box-sizing:border-box}button{margin-top:16px;width:100%;padding:10px;background:#1677ff;color:#fff;border:0;border-radius:4px}.error{color:#c00}</style></head>
<body><h1>统一身份认证平台（测试）</h1>${error ? `<p class="error">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="login">账号</label><input id="login" name="login" autocomplete="username" autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">登录</button></form></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

let provider;

const server = createServer(async (req, res) => {
  try {
    if (req.url === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const match = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
    if (!match) return provider.callback()(req, res);
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid));
    }
    const form = await readForm(req);
    const accountId = (form.get('login') ?? '').trim();
    const account = accounts[accountId];
    if (!account) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid, '账号不存在'));
    }
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, amr: account.amr ?? ['pwd'], acr: account.acr }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(error?.message ?? error));
  }
});

server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: {
      // amr and acr with the openid scope: the ID token says how the person signed in.
      openid: ['sub', 'amr', 'acr'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      profile: ['name', 'preferred_username', 'staff_id', 'uscc'],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ['scenematch-oidc-dev-provider'] },
    findAccount: async (_ctx, sub) => {
      const account = accounts[sub];
      if (!account) return undefined;
      const { amr: _amr, acr: _acr, ...claims } = account;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('oidc-dev-provider:', error));
  console.log(`OIDC_DEV_PROVIDER_READY ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
