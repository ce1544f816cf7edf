import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { loadMessageBundles, MessageBundle, PORTAL_LANGUAGES, resolveCatalogueDir } from './message-bundles';

/** The portal's interface texts, one bundle per language, read from the catalogue files at start. */
@ApiTags('i18n')
@Controller('i18n')
@Public()
export class I18nController {
  private readonly bundles: Map<string, MessageBundle>;

  constructor() {
    const dir = resolveCatalogueDir(process.env['I18N_DIR']);
    if (!dir) throw new Error('Message catalogues not found (apps/portal/src/i18n, copied to dist/apps/api/i18n by the build)');
    this.bundles = loadMessageBundles(dir);
  }

  @Get(':language')
  @ApiOperation({ summary: `The portal's interface texts in one language (${PORTAL_LANGUAGES.join(', ')}); ETag, revalidated on each load` })
  bundle(
    @Param('language') language: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    const bundle = this.bundles.get(language);
    if (!bundle) throw new NotFoundException(`不支持的语言：${language.slice(0, 20)}`);
    // Public and the same for everyone; browsers revalidate (a deploy changes the texts at once).
    void reply.header('Cache-Control', 'public, no-cache').header('ETag', bundle.etag).header('Vary', 'Accept-Encoding');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bundle.etag)) {
      void reply.status(304).send();
      return;
    }
    void reply.type('application/json; charset=utf-8').send(bundle.json);
  }
}
