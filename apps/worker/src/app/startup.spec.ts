import { ConfigError } from '@scenematch/server-config';
import { ServiceUnavailableError } from '@scenematch/server-database';
import { databaseProbeError, startupFailureMessage } from './startup';

const URL = 'postgres://scenematch:secret@db.internal:5432/scenematch';

describe('worker start-up', () => {
  it('reports an unreachable PostgreSQL as unavailable, with how to start it and without the password', () => {
    const error = databaseProbeError(URL, Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' }));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toContain('PostgreSQL cannot be reached');
    expect(error.message).not.toContain('secret');
  });

  it('tells to prepare the database when it is reachable but has no schema (the worker never migrates)', () => {
    const error = databaseProbeError(URL, new Error('relation "outbox" does not exist'));
    expect(error).not.toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe('The database is not prepared (relation "outbox" does not exist). Start the API once, or run `node dist/apps/api/main.js prepare`.');
  });

  it('says it cannot start for a configuration or an unreachable service', () => {
    expect(startupFailureMessage(new ConfigError(['JWT_SECRET must be set in production']))).toBe(
      '\nSceneMatch worker cannot start: Invalid configuration:\n  - JWT_SECRET must be set in production\n',
    );
    expect(startupFailureMessage(databaseProbeError(URL, { code: 'ECONNREFUSED' }))).toMatch(/^\nSceneMatch worker cannot start: PostgreSQL cannot be reached/);
  });

  it('shows any other failure as its message', () => {
    expect(startupFailureMessage(new Error('boom'))).toBe('boom');
  });
});
