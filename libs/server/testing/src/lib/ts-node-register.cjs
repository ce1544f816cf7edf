// Preloaded (`node -r`) by the app processes that fault and shutdown tests start: runs the
// TypeScript sources as they are (transpiled file by file, no type check, as ts-node's
// transpile-only mode does) with the workspace's path aliases.
// A test starts such a process a dozen times, each loading several hundred files: the
// JavaScript of each file is kept in a cache folder keyed by the file's path and content and the
// compiler's options, so only a changed file is transpiled again (TypeScript itself is then not
// even loaded). TS_TRANSPILE_CACHE=off turns the cache off.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../../..');
const project = path.join(root, 'tsconfig.integration.json');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
// Stack traces point into the TypeScript sources (the output carries an inline source map).
process.setSourceMapsEnabled(true);

const cacheDir = process.env['TS_TRANSPILE_CACHE'] === 'off' ? null : path.join(os.tmpdir(), 'scenematch-ts-transpile');
// What the output depends on besides the file: the compiler's version and the project's options.
const configKey = [
  require('typescript/package.json').version,
  fs.readFileSync(project, 'utf8'),
  fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
].join('\0');

let transpiler;
function transpile(source, filename) {
  if (!transpiler) {
    const ts = require('typescript');
    const parsed = ts.getParsedCommandLineOfConfigFile(project, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
    const options = { ...parsed.options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: true, inlineSources: false, declaration: false, noEmit: false };
    transpiler = (text, file) => {
      const out = ts.transpileModule(text, { compilerOptions: options, fileName: file, reportDiagnostics: true });
      const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length) throw new Error(`${file}: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
      return out.outputText;
    };
  }
  return transpiler(source, filename);
}

function compiled(source, filename) {
  if (!cacheDir) return transpile(source, filename);
  const key = crypto.createHash('sha256').update(configKey).update('\0').update(filename).update('\0').update(source).digest('hex');
  const file = path.join(cacheDir, key.slice(0, 2), `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const output = transpile(source, filename);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed: a process reading at the same moment sees all or nothing.
      const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
      fs.writeFileSync(temp, output);
      fs.renameSync(temp, file);
    } catch {
      // A read-only or full disk: run without the cache.
    }
    return output;
  }
}

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);
};
