const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');
const portalJestConfig = require('./libs/portal/testing/jest.portal.cjs');

/**
 * Every portal unit test (apps/portal and libs/portal/*) as one jest project, for `npm test`. Each
 * portal library keeps its own jest.config for `nx test <library>`; run as 17 projects, jest
 * compiled Angular's, NG-ZORRO's and ECharts' ES modules once per project (a project's settings
 * are part of its compile cache key): on a clean machine most of the portal's unit-test time.
 */
const config = portalJestConfig('portal', __dirname, join(__dirname, 'tsconfig.portal-specs.json'));
module.exports = {
  ...config,
  rootDir: __dirname,
  roots: [join(__dirname, 'apps/portal'), join(__dirname, 'libs/portal')],
  // Nx's resolver reads the paths from a tsconfig.spec.json beside the project; there is none at the root.
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};
