import { Pipe, type PipeTransform } from '@angular/core';
import { formatBeijing } from '@scenematch/contracts';

/**
 * The portal's one way of writing a moment: Beijing time, `YYYY-MM-DD HH:mm` (deadlines, bids
 * and sessions happen in Beijing time whatever the reader's own clock says). `date` and `time`
 * give one half; `relative` says 3 分钟前 / 2 天后 where the distance matters more than the moment
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
): string {
  if (value === null || value === undefined || value === '') return '';
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return '';
  if (part === 'relative') {
    const diff = at.getTime() - now.getTime();
    const abs = Math.abs(diff);
    if (abs < MINUTE) return '刚刚';
    if (abs >= 7 * DAY) return formatBeijing(at);
    const [n, unit] =
      abs < HOUR
        ? [Math.floor(abs / MINUTE), '分钟']
        : abs < DAY
          ? [Math.floor(abs / HOUR), '小时']
          : [Math.floor(abs / DAY), '天'];
    return `${n} ${unit}${diff < 0 ? '前' : '后'}`;
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
