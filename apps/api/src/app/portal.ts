import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotFoundFallback } from '@scenematch/server-common';

/** Where the built portal is: PORTAL_DIR, or dist/apps/portal/browser next to the API bundle. */
export function resolvePortalDir(configured?: string): string | null {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(__dirname, '../portal/browser'), resolve(process.cwd(), 'dist/apps/portal/browser')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the portal's files at `/` with long caching for hashed assets, and returns a fallback
 * that answers unknown non-API GETs from browsers with index.html (the portal's router takes over).
 * A client accepting brotli or gzip gets the build's precompressed `.br` / `.gz` of a file where
 * there is one (portal-compress.ts), others the file itself.
 */
export async function servePortal(app: NestFastifyApplication, portalDir: string | null): Promise<NotFoundFallback | undefined> {
  if (!portalDir) {
    new Logger('Portal').warn('No built portal found (run `npm run build`); serving the API only');
    return undefined;
  }
  await app.register(fastifyStatic, {
    root: portalDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (res, path) => {
      // Only content-hashed build files (main-AB12CD34.js, or its .br / .gz) may be cached for good.
      const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?|svg|png)(\.br|\.gz)?$/i.test(path);
      res.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (request: FastifyRequest, reply: FastifyReply) => {
    const accept = String(request.headers.accept ?? '');
    if (request.method !== 'GET' || request.url.startsWith('/api') || !accept.includes('text/html')) return false;
    reply.header('Cache-Control', 'no-cache');
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}
