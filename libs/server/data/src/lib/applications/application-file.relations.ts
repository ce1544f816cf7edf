import { relation } from '../relation';

/** Where the files attached to applications are stored (sealed ones are encrypted there). */
export const APPLICATION_FILES = relation('application_files', ['id', 'application_id', 'storage_key', 'sha256', 'sealed']);

/** Which master key wraps each scenario's data key (never the wrapped key itself). */
export const SCENARIO_DATA_KEYS = relation('scenario_data_keys', ['scenario_id', 'master_key_id']);
