import { Pipe, type PipeTransform } from '@angular/core';

/**
 * The portal's one way of writing a moment: Beijing time, `YYYY-MM-DD HH:mm` (deadlines, bids
 * and sessions happen in Beijing time whatever the reader's own clock says). `date` and `time`
 * give one half; `relative` says 3 分钟前 / 2 天后 where the distance matters more than the moment
 * (and falls back to the full form beyond a week).
 */
export type BeijingTimePart = 'datetime' | 'date' | 'time' | 'relative';

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatBeijing(
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
    if (abs < 7 * DAY) {
      const [n, unit] =
        abs < HOUR
          ? [Math.floor(abs / MINUTE), '分钟']
          : abs < DAY
            ? [Math.floor(abs / HOUR), '小时']
            : [Math.floor(abs / DAY), '天'];
      return `${n} ${unit}${diff < 0 ? '前' : '后'}`;
    }
    return formatBeijing(at, 'datetime');
  }
  const p = Object.fromEntries(
    PARTS.formatToParts(at).map((x) => [x.type, x.value]),
  );
  const date = `${p['year']}-${p['month']}-${p['day']}`;
  const time = `${p['hour']}:${p['minute']}`;
  return part === 'date' ? date : part === 'time' ? time : `${date} ${time}`;
}

/** `{{ value | bjTime }}` → 2026-12-02 07:54 (Beijing time); `| bjTime: 'time'` → 07:54. */
@Pipe({ name: 'bjTime' })
export class BeijingTimePipe implements PipeTransform {
  transform(
    value: string | number | Date | null | undefined,
    part: BeijingTimePart = 'datetime',
  ): string {
    return formatBeijing(value, part);
  }
}
