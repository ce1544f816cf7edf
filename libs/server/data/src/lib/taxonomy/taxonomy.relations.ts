import { relation } from '../relation';

/** Application domains (领域) of the taxonomy. */
export const DOMAINS = relation('domains', ['code', 'name', 'grp', 'aliases', 'vocabulary', 'sort']);

/** AI capabilities (能力) of the taxonomy. */
export const CAPABILITIES = relation('capabilities', ['code', 'name', 'synonyms', 'keywords', 'sort']);
