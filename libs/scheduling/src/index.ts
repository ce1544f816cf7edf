export * from './lib/scheduling.types';
export { meetingValue, MUTUAL_REQUEST_VALUE, ONE_SIDED_REQUEST_VALUE, MAX_MATCH_SCORE, type MeetingValueInput } from './lib/scheduling.value';
export { scheduleAgenda } from './lib/scheduling.agenda';
export { greedyFirstComeScheduler, type GreedyResult } from './lib/scheduling.greedy';
export { validateAgenda } from './lib/scheduling.validate';
export { countIdleGaps } from './lib/scheduling.compact';
export { syntheticSession, type SyntheticSessionOptions } from './lib/scheduling.synthetic';
