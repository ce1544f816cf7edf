import { DestroyRef, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Shared by the tabs of one browser: activity in any of them keeps the session. */
export const ACTIVITY_KEY = 'sm.activity';
const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'scroll',
] as const;
/** Activity is noted at most this often (pointer moves fire many times a second). */
const ACTIVITY_THROTTLE_MS = 5_000;
const CHECK_EVERY_MS = 15_000;
/** While the user is active, tokens older than this are renewed, so the server's idle clock restarts too. */
const KEEP_ALIVE_AFTER_MS = 5 * 60_000;

/**
 * Signs the user out after the session's idle time (30 minutes by default, as the API reports it)
 * without keyboard, pointer or scroll activity in any tab. Background requests (the notification
 * bell) do not count as activity. While the user is active the tokens are renewed from time to
 * time: the server ends sessions whose refresh token has not been used for as long.
 */
@Injectable({ providedIn: 'root' })
export class IdleTimeout {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private lastActivity = Date.now();
  private started = false;

  start(
    target: Pick<
      Document,
      'addEventListener' | 'removeEventListener'
    > = document,
  ): void {
    if (this.started) return;
    this.started = true;
    const onActivity = () => this.noteActivity();
    for (const type of ACTIVITY_EVENTS)
      target.addEventListener(type, onActivity, {
        passive: true,
        capture: true,
      });
    const timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.destroyRef.onDestroy(() => {
      clearInterval(timer);
      for (const type of ACTIVITY_EVENTS)
        target.removeEventListener(type, onActivity, { capture: true });
    });
  }

  noteActivity(now = Date.now()): void {
    if (now - this.lastActivity < ACTIVITY_THROTTLE_MS) return;
    this.lastActivity = now;
    try {
      globalThis.localStorage?.setItem(ACTIVITY_KEY, String(now));
    } catch {
      // Without storage each tab keeps its own clock.
    }
    if (
      this.auth.isSignedIn() &&
      now - this.auth.tokensAt > KEEP_ALIVE_AFTER_MS
    ) {
      this.auth.refreshAccessToken().subscribe({ error: () => undefined });
    }
  }

  /** Ends the session when it has been idle too long; true when it did. */
  async check(now = Date.now()): Promise<boolean> {
    const signedIn = this.auth.isSignedIn();
    if (!signedIn && !this.auth.enrolment()) return false;
    const last = Math.max(
      this.lastActivity,
      this.sharedActivity(),
      this.auth.signedInAt,
    );
    if (now - last < this.auth.idleMinutes() * 60_000) return false;
    const returnUrl =
      this.router.url && this.router.url !== '/' ? this.router.url : undefined;
    await this.auth.logout();
    await this.router.navigate(['/login'], {
      queryParams: { reason: 'idle', ...(returnUrl ? { returnUrl } : {}) },
    });
    return true;
  }

  private sharedActivity(): number {
    try {
      return Number(globalThis.localStorage?.getItem(ACTIVITY_KEY)) || 0;
    } catch {
      return 0;
    }
  }
}
