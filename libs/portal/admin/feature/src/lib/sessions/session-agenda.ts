import type {
  AgendaRunView,
  AgendaView,
  MeetingView,
  SessionReport,
  SessionStatus,
} from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import { pollWhile } from '@scenematch/portal/core/http/poll';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';

/** How often a running agenda run is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

/** Queued or running: the worker is still at it. */
export function isRunLive(run: AgendaRunView | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/**
 * An agenda run's state every `intervalMs` until it has completed or failed; that last state is
 * emitted too, then the stream completes (see pollWhile).
 */
export function pollAgendaRun(
  load: (runId: string) => Observable<AgendaRunView>,
  runId: string,
  intervalMs = POLL_INTERVAL_MS,
): Observable<AgendaRunView> {
  return pollWhile(() => load(runId), isRunLive, intervalMs);
}

/** 0–100 for the progress bar (the API reports 0–1). */
export function runPercent(run: AgendaRunView): number {
  if (run.status === 'completed') return 100;
  const p = Number.isFinite(run.progress) ? run.progress : 0;
  return Math.max(0, Math.min(100, Math.round(p * 100)));
}

/** The optimality gap (a fraction) as a percentage, e.g. 0.0123 → "1.23%"; "—" when unknown. */
export function gapPercent(gap: number | null | undefined): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return '—';
  const percent = gap * 100;
  return `${percent < 10 ? percent.toFixed(2) : percent.toFixed(1)}%`;
}

/**
 * The last run in an organiser's words: whether the agenda is the best possible (the solver's
 * optimality gap) and how many of the meeting requests it placed — not the solver's figures.
 */
export function runSummary(
  t: Translate,
  run: Pick<AgendaRunView, 'gap' | 'status'>,
  agenda: Pick<AgendaView, 'meetings' | 'unplaced'> | null,
): { quality: string; requests: string } {
  const gap = run.gap;
  const quality =
    run.status !== 'completed' || gap === null || !Number.isFinite(gap)
      ? '—'
      : gap <= 0.0005
        ? t('sessionsAdmin.agenda.optimal')
        : t('sessionsAdmin.agenda.nearOptimal', { gap: gapPercent(gap) });
  const placed = (agenda?.meetings ?? []).filter(
    (m) => m.requested || m.mutual,
  ).length;
  const total = placed + (agenda?.unplaced?.length ?? 0);
  return {
    quality,
    requests: total > 0 ? t('sessionsAdmin.agenda.requestsPlaced', { total, placed }) : t('sessionsAdmin.agenda.noRequests'),
  };
}

/**
 * Idle slots between the participants' meetings (summed), and how many the solver removed by
 * moving meetings between slots; "—" for runs that did not report them.
 */
export function idleGapsText(t: Translate, run: Pick<AgendaRunView, 'idleGaps' | 'idleGapsBefore' | 'status'>): string {
  if (run.status !== 'completed' || run.idleGaps === null || run.idleGaps === undefined) return '—';
  const after = run.idleGaps;
  const before = run.idleGapsBefore ?? null;
  return before !== null && before > after
    ? t('sessionsAdmin.agenda.idleGapsReduced', { after, before })
    : t('sessionsAdmin.agenda.idleGapsValue', { after });
}

export type MeetingKind = 'mutual' | 'requested' | 'matched';

/** How the meeting came about: both sides asked, one asked, or the match scores proposed it. */
export function meetingKind(m: Pick<MeetingView, 'mutual' | 'requested'>): MeetingKind {
  return m.mutual ? 'mutual' : m.requested ? 'requested' : 'matched';
}

export interface AgendaGridRow {
  slot: number;
  startsAt: string;
  endsAt: string;
  /** One entry per table: the scheduled meeting there, or null when the table is free. */
  cells: Array<MeetingView | null>;
}

/**
 * The slot × table grid: one row per slot (with its times), one cell per table. Only scheduled
 * meetings take a cell (a cancelled one leaves its place free); meetings outside the session's
 * current shape are left out.
 */
export function buildAgendaGrid(
  slotTimes: AgendaView['slotTimes'],
  tables: number,
  meetings: readonly MeetingView[],
): AgendaGridRow[] {
  const rows = slotTimes.map((s) => ({
    slot: s.slot,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    cells: Array.from({ length: Math.max(0, tables) }, () => null as MeetingView | null),
  }));
  const bySlot = new Map(rows.map((r) => [r.slot, r]));
  for (const m of meetings) {
    if (m.status !== 'scheduled') continue;
    const row = bySlot.get(m.slot);
    if (!row || m.table < 0 || m.table >= row.cells.length) continue;
    row.cells[m.table] = m;
  }
  return rows;
}

/** Outcomes can be recorded once the session runs (the API says so too). */
export function outcomesOpen(status: SessionStatus): boolean {
  return status === 'running' || status === 'closed';
}

/** Pins can be set while the agenda may still be regenerated (before it is published). */
export function pinsOpen(status: SessionStatus): boolean {
  return status === 'open_for_registration';
}

/** Share of registered participants that checked in, as a whole percentage. */
export function checkinRate(report: SessionReport): number {
  const registered =
    report.participants.enterprises + report.participants.agencies;
  return registered
    ? Math.round((report.participants.checkedIn / registered) * 100)
    : 0;
}
