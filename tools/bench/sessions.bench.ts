/**
 * Matchmaking-session agenda (供需对接会) at the organiser's scale: 480 companies × 100 agencies,
 * 8 slots, 60 tables, every pair a candidate (48,000), each company requesting ~3 agencies (a
 * quarter mutual). Deterministic. Prints schedule time, value against the first-come baseline,
 * gap to the LP bound and the number of meetings; then the same with 10 % of participants
 * unavailable in one slot; then a 2,000-participant session (1,500 companies × 500 agencies,
 * ~10,000 requests, 12 slots, 400 tables, 10 % unavailable in one slot, unrequested pairs from a
 * match score of 40 as in the worker). Each run also prints the idle gaps (empty slots between a
 * participant's first and last meeting) of the slot colouring alone and after the idle-gap step,
 * and of the first-come baseline. BENCH_SESSION_SEED changes the instances.
 */
import { loadavg } from 'node:os';
import { countIdleGaps, greedyFirstComeScheduler, scheduleAgenda, syntheticSession, validateAgenda, type AgendaInput, type ScheduledMeeting } from '@scenematch/scheduling';
import { emit, runBench } from './bench-kit';

const gapsOf = (meetings: ScheduledMeeting[]) => countIdleGaps(meetings.flatMap((m) => [[`c:${m.companyId}`, m.slot] as const, [`a:${m.agencyId}`, m.slot] as const]));

/** Nobody and no table twice in a slot, checked here on its own besides `validateAgenda`. */
function doubleBookings(meetings: ScheduledMeeting[]): number {
  const seen = new Set<string>();
  let twice = 0;
  for (const m of meetings) {
    for (const key of [`c:${m.companyId}@${m.slot}`, `a:${m.agencyId}@${m.slot}`, `t:${m.table}@${m.slot}`]) {
      if (seen.has(key)) twice++;
      seen.add(key);
    }
  }
  return twice;
}

async function run(bench: string, input: AgendaInput): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await scheduleAgenda(input);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const greedy = greedyFirstComeScheduler(input);
  const violations = validateAgenda(input, result.meetings);
  if (violations.length) throw new Error(`invalid agenda: ${violations.slice(0, 5).join('; ')}`);
  const twice = doubleBookings(result.meetings);
  if (twice) throw new Error(`${twice} double bookings`);
  const gaps = gapsOf(result.meetings);
  if (gaps !== result.stats.idleGaps) throw new Error(`idle gaps ${gaps} ≠ reported ${result.stats.idleGaps}`);
  emit(bench, 'schedule_s', seconds, 's');
  emit(bench, 'schedule_cpu_s', (used.user + used.system) / 1e6, 's');
  emit(bench, 'weight_vs_greedy', result.totalValue / greedy.totalValue, 'ratio');
  process.stdout.write(`${JSON.stringify({ bench, metric: 'gap_to_lp', value: Number(result.gap.toPrecision(3)), unit: 'ratio' })}\n`);
  emit(bench, 'meetings', result.meetings.length, 'count');
  emit(bench, 'lp_meetings', result.stats.lpMeetings, 'count');
  process.stdout.write(`${JSON.stringify({ bench, metric: 'value', value: result.totalValue, unit: 'points' })}\n`);
  process.stdout.write(`${JSON.stringify({ bench, metric: 'lp_bound', value: result.lpBound, unit: 'points' })}\n`);
  emit(bench, 'double_bookings', twice, 'count');
  const requests = input.candidates.filter((c) => c.requested).length;
  emit(bench, 'requests', requests, 'count');
  emit(bench, 'requests_placed', (requests - result.unplaced.length) / requests, 'ratio');
  emit(bench, 'greedy_requests_placed', (requests - greedy.unplaced.length) / requests, 'ratio');
  emit(bench, 'idle_gaps_colouring', result.stats.idleGapsBefore, 'count');
  emit(bench, 'idle_gaps', gaps, 'count');
  emit(bench, 'idle_gap_reduction', result.stats.idleGapsBefore ? 1 - gaps / result.stats.idleGapsBefore : 0, 'ratio');
  emit(bench, 'idle_gaps_greedy', gapsOf(greedy.meetings), 'count');
  emit(bench, 'idle_gap_step_s', result.stats.compactMs / 1000, 's');
  emit(bench, 'load_1min', loadavg()[0], 'load');
  process.stderr.write(`${bench}: ${JSON.stringify({ ...result.stats, totalValue: result.totalValue, lpBound: result.lpBound, greedyValue: greedy.totalValue })}\n`);
}

async function main(): Promise<void> {
  const seed = Number(process.env['BENCH_SESSION_SEED'] ?? 2025);
  await run('sessions', syntheticSession({ seed }));
  await run('sessions_availability', syntheticSession({ seed, unavailableShare: 0.1 }));
  await run(
    'sessions_2000',
    syntheticSession({ companies: 1500, agencies: 500, slots: 12, tables: 400, requestsPerCompany: 7, companyCapacity: 6, minMatchScore: 40, unavailableShare: 0.1, seed }),
  );
}

runBench(main);
