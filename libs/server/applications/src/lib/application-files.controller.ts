import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, ApiErrors, ApiFile, ApiUpload, CreateRoute, CurrentActor, DeleteRoute, readUploadedFile, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { MAX_BROCHURE_BYTES } from '@scenematch/server-products';
import { ApplicationFilesService } from './application-files.service';

const uuid = uuidOrNotFound('申报不存在或无权查看');

/**
 * PDF attachments of an application, sealed with it until the opening. Its operations keep the ids
 * they had as routes of the applications controller (`ApplicationsController_…`): the generated
 * API client is keyed by them.
 */
@ApiTags('applications')
@Controller()
export class ApplicationFilesController {
  constructor(private readonly files: ApplicationFilesService) {}

  @ApiUpload({}, `A PDF of at most ${MAX_BROCHURE_BYTES / 1024 / 1024} MB (its type is read from its content)`)
  @CreateRoute('applications/:id/files', { roles: ['enterprise'], summary: 'Attach a PDF (≤ 20 MB, checked by content) while the application can still change', created: 'ApplicationFileView', description: 'The stored attachment', errors: [{ 409: 'The application can no longer change, or has the most attachments allowed' }], operationId: 'ApplicationsController_addFile' })
  async addFile(@Param('id', uuid) id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    const file = await readUploadedFile(request, MAX_BROCHURE_BYTES, `附件不能超过 ${MAX_BROCHURE_BYTES / 1024 / 1024} MB`);
    return this.files.add(id, file, actor, meta);
  }

  @Get('applications/:id/files/:fileId')
  @ApiOperation({ operationId: 'ApplicationsController_file', summary: 'Stream an attachment (sealed like the application)' })
  @ApiFile('application/pdf', 'The attachment')
  @ApiErrors({ 403: 'Sealed until the opening: only its company and consortium' })
  async file(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @Res() reply: FastifyReply, @CurrentActor() actor: Actor) {
    const file = await this.files.open(id, fileId, actor);
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Length', String(file.size))
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(file.stream);
  }

  @DeleteRoute('applications/:id/files/:fileId', { roles: ['enterprise'], summary: 'Remove an attachment while the application can still change', errors: [{ 409: 'The application can no longer change' }], operationId: 'ApplicationsController_removeFile' })
  removeFile(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.files.remove(id, fileId, actor, meta);
  }
}
