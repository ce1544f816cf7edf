import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../../..');
export const OIDC_DEV_PROVIDER_SCRIPT = join(ROOT, 'tools', 'oidc-dev-provider', 'oidc-dev-provider.mjs');

export interface OidcDevAccount {
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  name?: string;
  staff_id?: string;
  /** Authentication methods the provider reports in the ID token (default ['pwd']). */
  amr?: string[];
}

export interface OidcDevProviderOptions {
  clientId?: string;
  clientSecret?: string;
  redirectUris: string[];
  accounts: Record<string, OidcDevAccount>;
}

/**
 * The local OpenID Connect provider (tools/oidc-dev-provider, node-oidc-provider, an ES module)
 * as a child process: jest's CommonJS runtime never loads it. `signIn` walks its login form over
 * HTTP as a browser would and returns where the provider sends the browser back.
 */
export class OidcDevProvider {
  private constructor(
    private readonly child: ChildProcess,
    readonly issuer: string,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {}

  static async start(options: OidcDevProviderOptions): Promise<OidcDevProvider> {
    const clientId = options.clientId ?? 'scenematch-test';
    const clientSecret = options.clientSecret ?? 'scenematch-test-secret-0123456789';
    const child = spawn(process.execPath, [OIDC_DEV_PROVIDER_SCRIPT], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        OIDC_DEV_PORT: '0',
        OIDC_DEV_CLIENT_ID: clientId,
        OIDC_DEV_CLIENT_SECRET: clientSecret,
        OIDC_DEV_REDIRECT_URIS: options.redirectUris.join(','),
        OIDC_DEV_ACCOUNTS: JSON.stringify(options.accounts),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    process.once('exit', () => child.kill('SIGKILL'));
    let output = '';
    const issuer = await new Promise<string>((resolveIssuer, reject) => {
      const timer = setTimeout(() => reject(new Error(`OIDC dev provider did not start:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /OIDC_DEV_PROVIDER_READY (\S+)/.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolveIssuer(ready[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`OIDC dev provider exited (${code}):\n${output}`));
      });
    });
    return new OidcDevProvider(child, issuer, clientId, clientSecret);
  }

  /**
   * Opens the authorization URL, signs in as `login` on the provider's form and returns the
   * redirect back to the client (with code, state and iss), or throws with the page it ended on.
   */
  async signIn(authorizationUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const go = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    };
    let response = await go(authorizationUrl);
    let location = response.headers.get('location');
    if (!location) throw new Error(`no interaction: ${response.status} ${await response.text()}`);
    const interaction = new URL(location, this.issuer);
    response = await go(new URL(`${interaction.pathname}/login`, this.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login, password: 'x' }).toString(),
    });
    location = response.headers.get('location');
    if (!location) throw new Error(`login refused: ${response.status} ${await response.text()}`);
    response = await go(new URL(location, this.issuer).href);
    location = response.headers.get('location');
    if (!location) throw new Error(`no redirect back: ${response.status} ${await response.text()}`);
    return new URL(location, this.issuer);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((done) => {
      this.child.once('exit', () => done());
      this.child.kill('SIGTERM');
    });
  }
}
