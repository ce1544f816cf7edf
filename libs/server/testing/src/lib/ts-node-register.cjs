// Preloaded (`node -r`) by the app processes that fault and shutdown tests start: runs the
// TypeScript sources as they are (ts-node, transpile only) with the workspace's path aliases.
const path = require('node:path');
const root = path.resolve(__dirname, '../../../../..');
require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.integration.json') });
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
