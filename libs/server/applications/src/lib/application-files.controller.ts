import '@fastify/multipart';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsMediaTypes, Actor, ApiErrors, ApiFile, CreateRoute, CurrentActor, DeleteRoute, FieldValidationException, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
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

  @ApiConsumes('multipart/form-data')
  @AcceptsMediaTypes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: `A PDF of at most ${MAX_BROCHURE_BYTES / 1024 / 1024} MB (its type is read from its content)` } },
    },
  })
  @CreateRoute('applications/:id/files', { roles: ['enterprise'], summary: 'Attach a PDF (≤ 20 MB, checked by content) while the application can still change', created: 'ApplicationFileView', description: 'The stored attachment', errors: [{ 409: 'The application can no longer change, or has the most attachments allowed' }], operationId: 'ApplicationsController_addFile' })
  async addFile(@Param('id', uuid) id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    if (!request.isMultipart()) throw FieldValidationException.single('file', '请以 multipart/form-data 上传文件（字段名 file）');
    try {
      const part = await request.file({ limits: { fileSize: MAX_BROCHURE_BYTES, files: 1 } });
      if (!part) throw FieldValidationException.single('file', '请选择文件');
      return await this.files.add(id, { filename: part.filename, buffer: await part.toBuffer() }, actor, meta);
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw FieldValidationException.single('file', `附件不能超过 ${MAX_BROCHURE_BYTES / 1024 / 1024} MB`);
      throw error;
    }
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
