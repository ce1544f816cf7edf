import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The built portal's text files worth compressing, and the size below which they are not. */
export const PRECOMPRESSED_FILES = /\.(js|css|html|svg|json)$/;
export const PRECOMPRESS_MIN_BYTES = 1024;

export interface PrecompressResult {
  /** Files given a .br and a .gz (paths relative to the directory). */
  files: string[];
  /** Their sizes: as built, brotli, gzip. */
  bytes: { plain: number; br: number; gz: number };
}

/**
 * Writes `name.br` (brotli, best) and `name.gz` (gzip -9) beside each of the directory's text files
 * (PRECOMPRESSED_FILES) over 1 kB, for the API's static serving (`preCompressed`) to send to a
 * client that accepts them; a file that would not get smaller is left alone. Run at build time
 * (the portal's build target), so no request spends CPU compressing.
 */
export function precompressDir(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: [], bytes: { plain: 0, br: 0, gz: 0 } };
  const compress = (name: string): void => {
    const plain = readFileSync(join(dir, name));
    const br = brotliCompressSync(plain, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    });
    const gz = gzipSync(plain, { level: 9 });
    if (br.length >= plain.length || gz.length >= plain.length) return;
    writeFileSync(join(dir, `${name}.br`), br);
    writeFileSync(join(dir, `${name}.gz`), gz);
    result.files.push(name);
    result.bytes.plain += plain.length;
    result.bytes.br += br.length;
    result.bytes.gz += gz.length;
  };
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => name.split(sep).join('/'));
  for (const name of names.sort()) {
    if (!PRECOMPRESSED_FILES.test(name)) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile() && stat.size > PRECOMPRESS_MIN_BYTES) compress(name);
  }
  return result;
}
