import { relation } from '../relation';

/** The members of a consortium (联合体) application. */
export const CONSORTIUM_MEMBERS = relation('consortium_members', ['application_id', 'organisation_id', 'scenario_id', 'status']);
