import { relation } from '../relation';

/** The version of each data set, bumped on every change (what cached figures are keyed on). */
export const DATA_VERSIONS = relation('data_versions', ['name', 'version']);
