/**
 * Precompresses the built portal (.br and .gz beside its text files over 1 kB) for the API's static
 * serving; the portal's build target runs it: `node -r ./tools/bench/register.cjs tools/scripts/precompress.ts [dir]`.
 */
import { resolve } from 'node:path';
import { precompressDir } from '../../apps/api/src/app/portal-compress';

const dir = resolve(process.argv[2] ?? 'dist/apps/portal/browser');
const { files, bytes } = precompressDir(dir);
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log(`Precompressed ${files.length} files in ${dir}: ${kB(bytes.plain)} → ${kB(bytes.br)} brotli, ${kB(bytes.gz)} gzip`);
