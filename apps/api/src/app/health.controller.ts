import { Controller, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthView } from '@scenematch/contracts';
import { Public, ReadRoute, schemaRef } from '@scenematch/server-common';
import { QueueRegistry } from '@scenematch/server-queue';
import type { FastifyReply } from 'fastify';

const TIMEOUT_MS = 1500;

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queues: QueueRegistry,
  ) {}

  @ApiResponse({ status: 503, description: 'PostgreSQL or Redis is down: the same shape, naming which', schema: schemaRef('HealthView') })
  @ReadRoute({ summary: 'Liveness of the API and its PostgreSQL and Redis (503 when one is down)', ok: 'HealthView', description: 'Everything is up' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const result = await this.health
      .check([() => this.db.pingCheck('db', { timeout: TIMEOUT_MS }), () => this.redisCheck()])
      .catch((error: { response?: { details?: Record<string, { status: string }> } }) => ({
        status: 'error' as const,
        details: error.response?.details ?? {},
      }));
    const view: HealthView = {
      status: result.status === 'ok' ? 'ok' : 'error',
      db: result.details['db']?.status === 'up' ? 'up' : 'down',
      redis: result.details['redis']?.status === 'up' ? 'up' : 'down',
    };
    reply.header('Cache-Control', 'no-store');
    if (view.status !== 'ok') reply.status(503);
    return view;
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queues.redis.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
