import { defer, Observable, timer } from 'rxjs';
import { exhaustMap, retry, takeWhile } from 'rxjs/operators';

/** Failed requests in a row tolerated before a poll gives up. */
const POLL_RETRIES = 3;

/**
 * `load()` every `intervalMs` (first after one interval) while `live` holds for its answer; the
 * first answer that is no longer live is emitted too, then the stream completes. A slow answer is
 * waited for rather than overtaken by the next request; a few failures in a row are retried, more
 * end the stream with the error.
 */
export function pollWhile<T>(
  load: () => Observable<T>,
  live: (value: T) => boolean,
  intervalMs: number,
): Observable<T> {
  return timer(intervalMs, intervalMs).pipe(
    exhaustMap(() =>
      defer(load).pipe(retry({ count: POLL_RETRIES, delay: intervalMs })),
    ),
    takeWhile(live, true),
  );
}
