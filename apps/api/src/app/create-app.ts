import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter, createValidationPipe } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { resolvePortalDir, servePortal } from './portal';

export const JSON_BODY_LIMIT = 1024 * 1024;

/** Builds the whole HTTP application; used by main.ts and by the integration tests alike. */
export async function createApp(config: AppConfig, options: { servePortal?: boolean } = {}): Promise<NestFastifyApplication> {
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
  app.enableShutdownHooks();

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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SceneMatch API')
      .setDescription('场景揭榜对接平台 — scenarios, capability list, applications, matching and matchmaking sessions')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
