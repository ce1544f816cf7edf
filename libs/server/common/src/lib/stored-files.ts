import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Where the file stored under `key` lives in the storage directory (STORAGE_DIR). */
export function storedFilePath(storageDir: string, key: string): string {
  return join(resolve(storageDir), key);
}

/** Writes the file stored under `key`, creating its folder when needed. */
export async function writeStoredFile(
  storageDir: string,
  key: string,
  content: Buffer,
): Promise<void> {
  const path = storedFilePath(storageDir, key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Removes the file stored under `key` once its row is gone, unless `references` other rows still
 * point at the same stored file; a file already missing is not an error.
 */
export async function releaseStoredFile(
  storageDir: string,
  key: string,
  references: number | string,
): Promise<void> {
  if (Number(references) === 0)
    await rm(storedFilePath(storageDir, key), { force: true });
}
