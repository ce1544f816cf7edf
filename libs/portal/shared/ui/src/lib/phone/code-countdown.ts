import { DestroyRef, inject, signal } from '@angular/core';

/**
 * The "获取验证码" button's countdown: seconds left before another code may be asked for. Stops
 * with the component that made it.
 */
export function codeCountdown() {
  const left = signal(0);
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  inject(DestroyRef).onDestroy(stop);
  return {
    left: left.asReadonly(),
    start(seconds: number): void {
      stop();
      left.set(Math.max(0, Math.round(seconds)));
      timer = setInterval(() => {
        left.update((s) => Math.max(0, s - 1));
        if (left() === 0) stop();
      }, 1000);
    },
  };
}
