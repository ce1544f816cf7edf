import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { servePortal } from './portal';
import { precompressDir } from './portal-compress';

const MAIN = 'main-AB12CD34.js';
/** A script of some kilobytes, like a build's (repetitive enough to compress well). */
const script = Array.from({ length: 200 }, (_, i) => `export const value${i} = "场景 ${i}";`).join('\n');
const page = `<!doctype html><html><head><title>SceneMatch</title></head><body>${'<sm-root></sm-root>'.repeat(80)}</body></html>`;

describe('the built portal, precompressed and served', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-'));
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, MAIN), script);
    writeFileSync(join(dir, 'styles-XY98ZW76.css'), 'a{color:red}'); // under 1 kB
    writeFileSync(join(dir, 'media', 'logo.png'), Buffer.alloc(4096, 7)); // not text
    writeFileSync(join(dir, 'media', 'data.json'), JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: i, name: '智慧医疗' }))));
    precompressDir(dir);

    app = Fastify();
    const fallback = await servePortal(app as unknown as NestFastifyApplication, dir);
    app.setNotFoundHandler((request, reply) => {
      if (!fallback?.(request, reply)) void reply.code(404).send({ statusCode: 404 });
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes .br and .gz beside the text files over 1 kB, and only those', () => {
    expect(precompressDir(dir).files.sort()).toEqual(['index.html', MAIN, 'media/data.json']);
    expect(brotliDecompressSync(readFileSync(join(dir, `${MAIN}.br`))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, `${MAIN}.gz`))).toString()).toBe(script);
    expect(readFileSync(join(dir, `${MAIN}.br`)).length).toBeLessThan(script.length / 4);
    expect(existsSync(join(dir, 'styles-XY98ZW76.css.br'))).toBe(false);
    expect(existsSync(join(dir, 'media/logo.png.br'))).toBe(false);
  });

  it('sends brotli to a client that accepts it, with the type and caching of the file itself', async () => {
    const res = await app.inject({ url: `/${MAIN}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a client accepting only gzip, and the plain file to one accepting neither', async () => {
    const gz = await app.inject({ url: `/${MAIN}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ url: `/${MAIN}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    const none = await app.inject({ url: `/${MAIN}` });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toBe(script);
  });

  it('sends a small file as it is, and the page of a portal route compressed and never cached', async () => {
    const css = await app.inject({ url: '/styles-XY98ZW76.css', headers: { 'accept-encoding': 'br' } });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body).toBe('a{color:red}');

    const route = await app.inject({ url: '/me/recommendations', headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    expect(route.statusCode).toBe(200);
    expect(route.headers['content-encoding']).toBe('br');
    expect(route.headers['content-type']).toMatch(/^text\/html/);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(route.rawPayload).toString()).toBe(page);
  });
});
