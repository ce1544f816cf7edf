import { sessionSlotTimes, type SessionView } from '@scenematch/contracts';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';

/** 14:05 in Beijing time. */
export function clock(iso: string): string {
  return beijingTime(iso, 'time');
}

/** 2026-12-10 09:00–11:55 (Beijing time, the portal's one format), from the first slot's start to the last one's end. */
export function sessionWhen(session: Pick<SessionView, 'startsAt' | 'slotMinutes' | 'slots' | 'breaks'>): string {
  const times = sessionSlotTimes(session);
  const last = times[times.length - 1];
  return `${beijingTime(session.startsAt)}–${last ? clock(last.endsAt) : ''}`;
}

/** Slot 3 · 10:10–10:30, in the reader's language. */
export function slotLabel(t: Translate, slot: number, startsAt: string, endsAt: string): string {
  return t('sessions.slotLabel', { n: slot + 1, from: clock(startsAt), to: clock(endsAt) });
}

export const STATUS_COLORS: Record<SessionView['status'], string> = {
  planning: 'default',
  open_for_registration: 'processing',
  scheduled: 'blue',
  running: 'success',
  closed: 'default',
};
