import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory, Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter, buildOpenApiDocument, createValidationPipe, InputPolicyInterceptor, MediaTypeGuard } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { instrumentHttp, Metrics } from '@scenematch/server-metrics';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { resolvePortalDir, servePortal } from './portal';

export const JSON_BODY_LIMIT = 1024 * 1024;
/** Longest request line (path and query string) accepted. */
export const MAX_URL_LENGTH = 8 * 1024;

/** Builds the whole HTTP application; used by main.ts and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  options: { servePortal?: boolean; /** main.ts installs its own (graceful, bounded) signal handling */ shutdownHooks?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    genReqId: (req: IncomingMessage) => {
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) ?? randomUUID();
      req.headers['x-request-id'] = id;
      return id;
    },
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new InputPolicyInterceptor());
  // JSON routes take only JSON bodies (uploads and the one-click unsubscribe say what else they take).
  app.useGlobalGuards(new MediaTypeGuard(app.get(Reflector)));
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  // Graceful shutdown: once the server is closing (it no longer accepts connections), answers
  // still being sent end their keep-alive connection, so the close completes when the last
  // request in flight does instead of waiting out fastify's 72 s keep-alive timeout.
  const server = app.getHttpAdapter().getInstance();
  // Request counts and latencies per route pattern, in memory; served on the metrics listener only.
  instrumentHttp(server, app.get(Metrics));
  let closing = false;
  server.addHook('preClose', async () => {
    closing = true;
  });
  server.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  // Request lines beyond MAX_URL_LENGTH (long query strings) are refused before routing, in the API's error shape.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (request.url.length > MAX_URL_LENGTH) {
        await reply.code(414).header('content-type', 'application/json; charset=utf-8').send({ statusCode: 414, message: '请求地址过长' });
      }
    })
    // API answers carry personal and sealed data: no browser or proxy keeps them unless a route says otherwise.
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/') && !reply.getHeader('cache-control')) reply.header('Cache-Control', 'no-store');
      return payload;
    });

  // Uploads (scenario lists): limits are set per route; this only enables parsing.
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10, parts: 12 } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const fallback = options.servePortal === false ? undefined : await servePortal(app, resolvePortalDir(config.PORTAL_DIR));
  app.useGlobalFilters(new ApiExceptionFilter(fallback));

  // The decorators' document, completed with the contracts' schemas, errors and security (server-common/openapi).
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
