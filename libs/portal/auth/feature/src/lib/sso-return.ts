/** Where to continue after the unified identity service sends the browser back (this tab only). */
const RETURN_KEY = 'sm.sso.return';

/** The navigation-state key under which /login/sso hands a second-factor challenge to /login. */
export const SSO_CHALLENGE_STATE = 'ssoChallenge';

export function rememberSsoReturnUrl(url: string | null): void {
  try {
    if (url) globalThis.sessionStorage?.setItem(RETURN_KEY, url);
    else globalThis.sessionStorage?.removeItem(RETURN_KEY);
  } catch {
    // Without storage the user lands on their role's home page.
  }
}

/** The remembered return URL, once. */
export function takeSsoReturnUrl(): string | null {
  try {
    const url = globalThis.sessionStorage?.getItem(RETURN_KEY) ?? null;
    globalThis.sessionStorage?.removeItem(RETURN_KEY);
    return url;
  } catch {
    return null;
  }
}
