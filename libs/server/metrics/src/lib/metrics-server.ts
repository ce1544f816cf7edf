import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Metrics } from './metrics';

export const METRICS_LISTEN = Symbol('METRICS_LISTEN');

/** Where the metrics-only listener binds; `port` undefined: no listener (metrics off). */
export interface MetricsListen {
  port?: number;
  host: string;
}

/**
 * A listener of its own for Prometheus, apart from the public port: `GET /metrics` and nothing
 * else. It binds to METRICS_HOST (127.0.0.1 unless the operator opens it to the scraper's
 * network), so the figures — routes, volumes, failures — are never served to the public.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(
    private readonly metrics: Metrics,
    @Inject(METRICS_LISTEN) private readonly listen: MetricsListen,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.listen.port === undefined) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: this listener serves GET /metrics only\n');
        return;
      }
      this.metrics.render().then(
        (body) => response.writeHead(200, { 'content-type': this.metrics.contentType, 'cache-control': 'no-store' }).end(request.method === 'HEAD' ? undefined : body),
        (error: Error) => response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`metrics unavailable: ${error.message}\n`),
      );
    });
    // Scrapes are short and Prometheus keeps its connection open: never hold shutdown for it.
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(`Metrics listener cannot bind ${this.listen.host}:${this.listen.port} (${error.code ?? error.message}); choose another METRICS port or leave it unset`)),
      );
      server.listen(this.listen.port, this.listen.host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrics on ${this.url}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The scrape address once listening (the real port when 0 asked for any free one). */
  get url(): string | undefined {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) return undefined;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}/metrics`;
  }
}
