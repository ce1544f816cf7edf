import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FieldValidationException } from './field-errors';

/** A file as the upload routes hand it to their services: read whole, checked by content there. */
export interface UploadedFile {
  filename: string;
  buffer: Buffer;
}

/**
 * The one file (field `file`) of a multipart upload, read into memory: such uploads are a few MB
 * at most, and their services check the content before anything is stored. Not multipart, no
 * file, or a file over `maxBytes` is a 400 on `file`; `tooLargeMessage` says which limit, in the
 * route's own words (an application's attachment, a product's file).
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number, tooLargeMessage: string): Promise<UploadedFile> {
  if (!request.isMultipart()) throw FieldValidationException.single('file', '请以 multipart/form-data 上传文件（字段名 file）');
  try {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!part) throw FieldValidationException.single('file', '请选择文件');
    return { filename: part.filename, buffer: await part.toBuffer() };
  } catch (error) {
    // @fastify/multipart stops reading at the limit and throws; the client gets the field error.
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw FieldValidationException.single('file', tooLargeMessage);
    throw error;
  }
}
