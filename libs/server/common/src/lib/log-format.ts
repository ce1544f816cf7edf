import type { TransportSingleOptions } from 'pino';

/**
 * LOG_FORMAT=pretty: one readable, coloured line per event for a developer's terminal (request
 * lines read `GET /api/scenarios → 200 (12 ms)`). pino-pretty is a development dependency and
 * runs in pino's transport thread; production (LOG_FORMAT=json, enforced) writes JSON lines.
 */
export function logTransport(format: 'json' | 'pretty'): TransportSingleOptions | undefined {
  if (format !== 'pretty') return undefined;
  return {
    target: 'pino-pretty',
    options: {
      colorize: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,req,res,responseTime,context',
      messageFormat: '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url} → {res.statusCode} ({responseTime} ms){end}',
      singleLine: true,
    },
  };
}

/** How the shutdown messages are written: JSON lines, or their words alone with LOG_FORMAT=pretty. */
export function shutdownLog(config: { LOG_FORMAT: 'json' | 'pretty' }): (line: string) => void {
  if (config.LOG_FORMAT === 'json') return (line) => console.error(line);
  return (line) => console.error((JSON.parse(line) as { msg: string }).msg);
}
