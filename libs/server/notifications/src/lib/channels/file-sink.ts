import { Logger } from '@nestjs/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Writes one outgoing message as a JSON file into a folder, as the mail sink writes .eml files
 * (development, tests): `<time>-<tag>.json`, under a temporary name first so a reader never
 * sees half a message.
 */
export async function writeToSink(dir: string, tag: string, message: object): Promise<string> {
  const folder = resolve(dir);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const file = join(folder, `${stamp}-${tag.replace(/[^a-zA-Z0-9_-]/g, '_')}.json`);
  await writeFile(`${file}.part`, JSON.stringify(message, null, 2));
  await rename(`${file}.part`, file);
  return file;
}

/**
 * A channel's `file` provider sending one message: the body its API would get, marked
 * `provider: 'file'` and stamped with the time, written to the sink; the file stands for the
 * provider's message id.
 */
export async function sendToSink(logger: Logger, dir: string, tag: string, body: Record<string, unknown>, what: string): Promise<{ id: string; file: string }> {
  const file = await writeToSink(dir, tag, { provider: 'file', ...body, at: new Date().toISOString() });
  logger.debug(`${what} written to ${file}`);
  return { id: file, file };
}
