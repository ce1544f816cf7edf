/**
 * Sessions as participants expect them: online and hybrid sessions, calendars (a download and a
 * private subscription URL) and the follow-up asked of both sides of a held meeting months later.
 */

export const SESSION_MODES = ['onsite', 'online', 'hybrid'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_MODE_LABELS: Record<SessionMode, string> = {
  onsite: '线下',
  online: '线上',
  hybrid: '线上线下结合',
};

/** Default of a session's `followUpAfterDays`: about six months. */
export const DEFAULT_FOLLOW_UP_AFTER_DAYS = 182;

export const FOLLOW_UP_ANSWERS = ['signed', 'pilot', 'financing', 'none'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

export const FOLLOW_UP_ANSWER_LABELS: Record<FollowUpAnswer, string> = {
  signed: '签约',
  pilot: '试点',
  financing: '融资',
  none: '无',
};

/** Reminders before each meeting: the day before and the hour before. */
export const MEETING_REMINDER_KINDS = ['day_before', 'hour_before'] as const;
export type MeetingReminderKind = (typeof MEETING_REMINDER_KINDS)[number];

/** `GET /api/me/calendar-feed`: the caller's subscription (the URL only right after it is made). */
export interface CalendarFeedView {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
  /**
   * The subscription URL path (`/api/calendar/<secret>.ics`). Only the answer that creates or
   * renews it carries it: the server keeps only a hash of the secret.
   */
  path: string | null;
}

/** One follow-up question to the caller's organisation (`GET /api/sessions/:id/follow-ups`). */
export interface FollowUpView {
  id: string;
  meetingId: string;
  /** The other side of the meeting. */
  counterpart: { id: string; name: string };
  scenario: { id: string; title: string } | null;
  meetingStartsAt: string;
  askedAt: string;
  answer: FollowUpAnswer | null;
  note: string;
  answeredAt: string | null;
}

/** The follow-up figures of a session report: answers per kind, asked and still open. */
export interface FollowUpSummary {
  asked: number;
  answered: number;
  answers: Record<FollowUpAnswer, number>;
  /** When the questions are (or were) sent: the session's start plus its follow-up delay. */
  dueAt: string;
}
