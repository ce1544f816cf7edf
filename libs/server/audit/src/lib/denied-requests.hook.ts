import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Actor, requestMetaOf } from '@scenematch/server-common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN_ROUTE = '/api/auth/login';
const REFRESH_ROUTE = '/api/auth/refresh';
const REGISTER_ROUTE = '/api/auth/register';
const MFA_VERIFY_ROUTE = '/api/auth/mfa/verify';
const AUTH_ROUTES = '/api/auth/';

/**
 * Refused attempts never reach the services (the guards stop them, and the transaction that
 * would have carried the record does not exist), so they are recorded here, once the status is
 * known: writes refused with 401/403 as `access.denied`, and rate-limited writes (429) — for
 * sign-in as a denied `auth.login`; a refused token refresh or second-factor step as a failure of
 * that step, unless the auth service recorded it already. Recorded before the response is sent, so a client that
 * reads the trail next sees the record.
 */
@Injectable()
export class DeniedRequestsAudit implements OnModuleInit {
  private readonly logger = new Logger(DeniedRequestsAudit.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addHook) return; // no HTTP server (worker)
    fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const status = reply.statusCode;
      if (!WRITE_METHODS.has(request.method) || (status !== 401 && status !== 403 && status !== 429)) return payload;
      try {
        await this.record(request, status);
      } catch (error) {
        // The refusal itself must still reach the client; the failure is logged loudly.
        this.logger.error(`Could not audit a refused ${request.method} ${request.url}: ${(error as Error).message}`);
      }
      return payload;
    });
  }

  private async recordedFor(requestId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_log WHERE request_id = $1 AND at > now() - interval '5 minutes' LIMIT 1`,
      [requestId],
    );
    return rows.length > 0;
  }

  private async record(request: FastifyRequest, status: number): Promise<void> {
    const actor = (request as FastifyRequest & { user?: Actor }).user;
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    const meta = requestMetaOf(request);
    const who = actor && 'userId' in actor ? actor : null;
    if (route.startsWith(AUTH_ROUTES) && status !== 429) {
      // Sign-in and registration record every outcome themselves, with the reason.
      if (route === SIGN_IN_ROUTE || route === REGISTER_ROUTE) return;
      // Other auth steps may have recorded the refusal already (a wrong code, with its reason).
      if (await this.recordedFor(meta.requestId)) return;
      const action = route === REFRESH_ROUTE ? 'auth.refresh' : route === MFA_VERIFY_ROUTE ? 'auth.mfa.verify' : 'access.denied';
      await this.audit.record({
        action,
        outcome: action === 'access.denied' ? 'denied' : 'failure',
        actor: who,
        meta,
        details: action === 'access.denied' ? { method: request.method, route, status } : { reason: 'invalid_or_reused_token' },
      });
      return;
    }
    if (route === SIGN_IN_ROUTE && status === 429) {
      const body = request.body as { email?: unknown } | undefined;
      const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : undefined;
      await this.audit.record({ action: 'auth.login', outcome: 'denied', meta, details: { reason: 'rate_limited', email } });
      return;
    }
    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      actor: who,
      meta,
      details: { method: request.method, route, status },
    });
  }
}
