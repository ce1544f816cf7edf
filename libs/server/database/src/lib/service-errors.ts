import { redactUrl } from './database-url';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH']);

/** True for errors that mean "the server is not there", as opposed to a bad query. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; errors?: unknown[]; message?: string } | undefined;
  if (!e) return false;
  if (e.code && CONNECTION_CODES.has(e.code)) return true;
  if (e.code === '57P03' /* cannot_connect_now */ || e.code === '3D000' /* no such database */) return true;
  if (Array.isArray(e.errors)) return e.errors.some(isConnectionError);
  return /connect ECONNREFUSED|Connection terminated|getaddrinfo/i.test(e.message ?? '');
}

/** One clear message, with how to start the service, instead of a stack trace. */
export class ServiceUnavailableError extends Error {
  constructor(service: 'PostgreSQL' | 'Redis', url: string, cause: unknown) {
    const how =
      service === 'PostgreSQL'
        ? 'Start it with `docker compose up -d postgres`, or your distribution\'s package ' +
          '(Debian/Ubuntu: `sudo apt-get install postgresql && sudo pg_ctlcluster $(ls /etc/postgresql) main start`), ' +
          'or point DATABASE_URL at a running server.'
        : 'Start it with `docker compose up -d redis`, or your distribution\'s package ' +
          '(Debian/Ubuntu: `sudo apt-get install redis-server && redis-server --daemonize yes`), ' +
          'or point REDIS_URL at a running server.';
    const reason = (cause as Error)?.message ?? String(cause);
    super(`${service} cannot be reached at ${redactUrl(url)} (${reason}). ${how}`);
    this.name = 'ServiceUnavailableError';
  }
}
