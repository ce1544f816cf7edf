export * from './lib/sessions.module';
export { loadAgendaInput, MIN_MATCH_SCORE_FOR_AGENDA } from './lib/agenda-input';
export { SessionSchedule } from './lib/session-schedule';
