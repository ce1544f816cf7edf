import { relation } from '../relation';

/** The status changes of scenarios (who changed it stays with the scenarios). */
export const SCENARIO_EVENTS = relation('scenario_events', ['id', 'scenario_id', 'from_status', 'to_status', 'at']);
