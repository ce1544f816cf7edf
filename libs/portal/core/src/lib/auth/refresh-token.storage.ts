import { Injectable } from '@angular/core';

export const REFRESH_TOKEN_KEY = 'sm.refresh';

/**
 * The refresh token survives reloads in localStorage; the access token never leaves memory.
 * Storage access is guarded because private browsing modes may throw on it.
 */
@Injectable({ providedIn: 'root' })
export class RefreshTokenStorage {
  get(): string | null {
    try {
      return globalThis.localStorage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  set(token: string): void {
    try {
      globalThis.localStorage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Without storage the session simply ends with the tab.
    }
  }

  clear(): void {
    try {
      globalThis.localStorage?.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
