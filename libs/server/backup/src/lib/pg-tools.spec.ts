import { safeStorageKey } from './inventory';
import { assertDumpCompatible, assertRestoreCompatible, connectionForTool, findPgTool, parsePgVersion, PgTool } from './pg-tools';

const tool = (name: PgTool['name'], version: string): PgTool => ({ name, path: `/usr/bin/${name}`, version, major: Number(version.split('.')[0]) });

describe('PostgreSQL client programs', () => {
  it('reads the version pg_dump and pg_restore print', () => {
    expect(parsePgVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({ version: '15.20', major: 15 });
    expect(parsePgVersion('pg_restore (PostgreSQL) 17beta1')).toEqual({ version: '17', major: 17 });
    expect(parsePgVersion('something else')).toBeNull();
  });

  it('refuses a pg_dump older than the server, naming the package to install', () => {
    expect(() => assertDumpCompatible(tool('pg_dump', '14.9'), 150020)).toThrow(
      '/usr/bin/pg_dump is version 14.9 but the database server is PostgreSQL 15: pg_dump must be of the server\'s major version or newer. Install postgresql-client-15',
    );
    expect(() => assertDumpCompatible(tool('pg_dump', '16.1'), 150020)).not.toThrow();
  });

  it('refuses a pg_restore older than the pg_dump that wrote the backup', () => {
    expect(() => assertRestoreCompatible(tool('pg_restore', '14.9'), 15)).toThrow('the backup was written by pg_dump 15: install postgresql-client-15');
    expect(() => assertRestoreCompatible(tool('pg_restore', '15.2'), 15)).not.toThrow();
  });

  it('says how to install a missing program', async () => {
    await expect(findPgTool('pg_dump', '/nonexistent/bin')).rejects.toThrow(
      'pg_dump was not found in PG_BIN_DIR (/nonexistent/bin). Install the PostgreSQL client programs',
    );
  });

  it('keeps the password out of the command line', () => {
    expect(connectionForTool('postgres://backup:s%40cret@db.internal:5432/scenematch')).toEqual({
      dbname: 'postgres://backup@db.internal:5432/scenematch',
      env: { PGPASSWORD: 's@cret' },
    });
  });
});

describe('storage keys in an archive', () => {
  it('accepts the keys the server makes and refuses paths that leave the storage folder', () => {
    expect(safeStorageKey('products/ab/abcdef')).toBe('products/ab/abcdef');
    expect(safeStorageKey('sealed/0e1f/4c2a')).toBe('sealed/0e1f/4c2a');
    for (const bad of ['../etc/passwd', '/etc/passwd', 'products/../../x', 'a//b', '']) expect(() => safeStorageKey(bad)).toThrow('Unexpected storage key');
  });
});
