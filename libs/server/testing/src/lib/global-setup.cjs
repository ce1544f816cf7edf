// jest runs globalSetup outside its module system (no moduleNameMapper): register ts-node with
// the workspace's path aliases, then run the TypeScript setup.
const path = require('node:path');
const root = path.resolve(__dirname, '../../../../..');
require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.integration.json') });
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
module.exports = require('./global-setup.ts').default;
