const { join, relative } = require('node:path');

const workspaceRoot = __dirname;

/**
 * The jest settings every server project shares (the server libraries, the API, the worker, the
 * seeds: ts-jest on Node): a project's jest.config names itself and passes its folder. The file
 * stands at the workspace root, in no project: a require from a project's jest.config into a
 * library (server-testing) would make every server project depend on it, in a circle.
 */
module.exports = function serverJestConfig(displayName, projectDir) {
  return {
    displayName,
    // Jest reads a preset given as a file path only when the path is relative (to the project).
    preset: relative(projectDir, join(workspaceRoot, 'jest.preset.js')),
    testEnvironment: 'node',
    transform: {
      '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    },
    moduleFileExtensions: ['ts', 'js', 'html'],
    coverageDirectory: join(workspaceRoot, 'coverage', relative(workspaceRoot, projectDir)),
  };
};
