import { relation } from '../relation';

/** Launch events (发布会) of the capability list. */
export const LAUNCH_EVENTS = relation('launch_events', ['id', 'title', 'held_on', 'status', 'released_at']);
