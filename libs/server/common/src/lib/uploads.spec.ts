import type { FastifyRequest } from 'fastify';
import { FieldValidationException } from './field-errors';
import { readUploadedFile } from './uploads';

/** A request with just what readUploadedFile asks of it. */
function request(multipart: boolean, file: () => Promise<unknown>): FastifyRequest {
  return { isMultipart: () => multipart, file } as unknown as FastifyRequest;
}

async function fieldError(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FieldValidationException);
  return (error as FieldValidationException).errors;
}

describe('readUploadedFile', () => {
  it('answers the file of the form, read with the limit given', async () => {
    const file = jest.fn().mockResolvedValue({ filename: 'a.pdf', toBuffer: async () => Buffer.from('%PDF') });
    await expect(readUploadedFile(request(true, file), 1024, '太大')).resolves.toEqual({ filename: 'a.pdf', buffer: Buffer.from('%PDF') });
    expect(file).toHaveBeenCalledWith({ limits: { fileSize: 1024, files: 1 } });
  });

  it('refuses a request that is not multipart, or has no file, as an error on `file`', async () => {
    expect(await fieldError(readUploadedFile(request(false, jest.fn()), 1024, '太大'))).toEqual([{ field: 'file', message: '请以 multipart/form-data 上传文件（字段名 file）' }]);
    expect(await fieldError(readUploadedFile(request(true, async () => undefined), 1024, '太大'))).toEqual([{ field: 'file', message: '请选择文件' }]);
  });

  it("words a file over the limit in the route's message, and lets other errors through", async () => {
    const tooLarge = Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    const part = { filename: 'a.pdf', toBuffer: () => Promise.reject(tooLarge) };
    expect(await fieldError(readUploadedFile(request(true, async () => part), 1024, '附件不能超过 1 MB'))).toEqual([{ field: 'file', message: '附件不能超过 1 MB' }]);
    const other = new Error('reset');
    await expect(readUploadedFile(request(true, () => Promise.reject(other)), 1024, '太大')).rejects.toBe(other);
  });
});
