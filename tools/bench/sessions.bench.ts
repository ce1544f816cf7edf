/**
 * Matchmaking-session agenda (供需对接会) at the organiser's scale: 480 companies × 100 agencies,
 * 8 slots, 60 tables, every pair a candidate (48,000), each company requesting ~3 agencies (a
 * quarter mutual). Deterministic. Prints schedule time, value against the first-come baseline,
 * gap to the LP bound and the number of meetings; then the same with 10 % of participants
 * unavailable in one slot. BENCH_SESSION_SEED changes the instance.
 */
import { greedyFirstComeScheduler, scheduleAgenda, syntheticSession, validateAgenda } from '@scenematch/scheduling';
import { emit, runBench } from './bench-kit';

async function run(label: string, unavailableShare: number): Promise<void> {
  const input = syntheticSession({ seed: Number(process.env['BENCH_SESSION_SEED'] ?? 2025), unavailableShare });
  const started = performance.now();
  const result = await scheduleAgenda(input);
  const seconds = (performance.now() - started) / 1000;
  const greedy = greedyFirstComeScheduler(input);
  const violations = validateAgenda(input, result.meetings);
  if (violations.length) throw new Error(`invalid agenda: ${violations.slice(0, 5).join('; ')}`);
  const bench = label ? `sessions_${label}` : 'sessions';
  emit(bench, 'schedule_s', seconds, 's');
  emit(bench, 'weight_vs_greedy', result.totalValue / greedy.totalValue, 'ratio');
  process.stdout.write(`${JSON.stringify({ bench, metric: 'gap_to_lp', value: Number(result.gap.toPrecision(3)), unit: 'ratio' })}\n`);
  emit(bench, 'meetings', result.meetings.length, 'count');
  const requests = input.candidates.filter((c) => c.requested).length;
  emit(bench, 'requests_placed', (requests - result.unplaced.length) / requests, 'ratio');
  emit(bench, 'greedy_requests_placed', (requests - greedy.unplaced.length) / requests, 'ratio');
  process.stderr.write(`${bench}: ${JSON.stringify({ ...result.stats, totalValue: result.totalValue, lpBound: result.lpBound, greedyValue: greedy.totalValue })}\n`);
}

async function main(): Promise<void> {
  await run('', 0);
  await run('availability', 0.1);
}

runBench(main);
