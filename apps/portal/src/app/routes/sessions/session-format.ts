import { sessionSlotTimes, type SessionView } from '@scenematch/contracts';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });

/** 14:05 in Beijing time. */
export function clock(iso: string): string {
  return TIME.format(new Date(iso));
}

/** 2026年12月10日周四 09:00–11:55 (Beijing time), from the first slot's start to the last one's end. */
export function sessionWhen(session: Pick<SessionView, 'startsAt' | 'slotMinutes' | 'slots' | 'breaks'>): string {
  const times = sessionSlotTimes(session);
  const last = times[times.length - 1];
  return `${DAY.format(new Date(session.startsAt))} ${clock(session.startsAt)}–${last ? clock(last.endsAt) : ''}`;
}

/** 时段 3 · 10:10–10:30 */
export function slotLabel(slot: number, startsAt: string, endsAt: string): string {
  return `时段 ${slot + 1} · ${clock(startsAt)}–${clock(endsAt)}`;
}

export const STATUS_COLORS: Record<SessionView['status'], string> = {
  planning: 'default',
  open_for_registration: 'processing',
  scheduled: 'blue',
  running: 'success',
  closed: 'default',
};
