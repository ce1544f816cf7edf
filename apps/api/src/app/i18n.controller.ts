import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiOkSchema, Public } from '@scenematch/server-common';
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
  @ApiParam({ name: 'language', schema: { type: 'string', enum: [...PORTAL_LANGUAGES] } })
  @ApiOkSchema(
    {
      type: 'object',
      description: 'Message keys by area, then page, then name; each value a text or a further level of keys',
      additionalProperties: { oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }] },
    },
    'The bundle (JSON)',
  )
  @ApiResponse({ status: 304, description: 'Not modified: the If-None-Match ETag is current' })
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
