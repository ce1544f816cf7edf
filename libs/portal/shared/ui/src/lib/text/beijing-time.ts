import { Pipe, type PipeTransform } from '@angular/core';
import { translate } from '@jsverse/transloco';
import { formatBeijing } from '@scenematch/contracts';

/** Looks a catalogue key up (Transloco's global `translate` unless given). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The portal's one way of writing a moment: Beijing time, `YYYY-MM-DD HH:mm` (deadlines, bids
 * and sessions happen in Beijing time whatever the reader's own clock says). `date` and `time`
 * give one half; `relative` says "3 min ago" / "in 2 days" (in the reader's language) where the distance matters more than the moment
 * (and falls back to the full form beyond a week).
 */
export type BeijingTimePart = 'datetime' | 'date' | 'time' | 'relative';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One part of a moment in Beijing time, written by the contracts' `formatBeijing` (server and portal alike). */
export function beijingTime(
  value: string | number | Date | null | undefined,
  part: BeijingTimePart = 'datetime',
  now: Date = new Date(),
  t: Translate = translate,
): string {
  if (value === null || value === undefined || value === '') return '';
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return '';
  if (part === 'relative') {
    const diff = at.getTime() - now.getTime();
    const abs = Math.abs(diff);
    if (abs < MINUTE) return t('shared.time.justNow');
    if (abs >= 7 * DAY) return formatBeijing(at);
    const past = diff < 0;
    if (abs < HOUR) return t(past ? 'shared.time.minutesAgo' : 'shared.time.minutesLater', { n: Math.floor(abs / MINUTE) });
    if (abs < DAY) return t(past ? 'shared.time.hoursAgo' : 'shared.time.hoursLater', { n: Math.floor(abs / HOUR) });
    return t(past ? 'shared.time.daysAgo' : 'shared.time.daysLater', { n: Math.floor(abs / DAY) });
  }
  const text = formatBeijing(at);
  return part === 'date' ? text.slice(0, 10) : part === 'time' ? text.slice(11) : text;
}

/** `{{ value | bjTime }}` → 2026-12-02 07:54 (Beijing time); `| bjTime: 'time'` → 07:54. */
@Pipe({ name: 'bjTime' })
export class BeijingTimePipe implements PipeTransform {
  transform(
    value: string | number | Date | null | undefined,
    part: BeijingTimePart = 'datetime',
  ): string {
    return beijingTime(value, part);
  }
}
