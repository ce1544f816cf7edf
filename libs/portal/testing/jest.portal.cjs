const { join, relative } = require('node:path');

const workspaceRoot = join(__dirname, '..', '..', '..');

/** `to` relative to `from`, always starting with ./ or ../ */
const relativePath = (from, to) => {
  const path = relative(from, to);
  return path.startsWith('..') ? path : `./${path}`;
};

/**
 * The jest settings every portal project shares (jest-preset-angular, the one test set-up, the ES
 * modules to transform): a project's jest.config names itself and passes its folder.
 */
module.exports = function portalJestConfig(displayName, projectDir, tsconfig = '<rootDir>/tsconfig.spec.json') {
  return {
    displayName,
    // Jest reads a preset given as a file path only when the path starts with ./ or ../ (relative to
    // the project's rootDir); a bare 'jest.preset.js' (the workspace root itself) is taken for a package.
    preset: relativePath(projectDir, join(workspaceRoot, 'jest.preset.js')),
    // The portal's one test set-up (zoneless TestBed, zh locale data, the time limit).
    setupFilesAfterEnv: [join(__dirname, 'src', 'test-setup.ts')],
    coverageDirectory: join(workspaceRoot, 'coverage', relative(workspaceRoot, projectDir)),
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        {
          tsconfig,
          stringifyContentPathRegex: '\\.(html|svg)$',
          // The plain-JavaScript ES modules below are compiled by esbuild, like the .mjs ones, rather
          // than by TypeScript: ECharts and zrender alone are hundreds of files.
          processWithEsbuild: ['**/node_modules/echarts/**', '**/node_modules/zrender/**', '**/node_modules/@angular/common/locales/**', '**/node_modules/@jsverse/utils/**'],
        },
      ],
    },
    // Angular's locale data (@angular/common/locales/*.js) and ECharts (echarts, zrender; imported by
    // the chart components of pages the route tests open) and @jsverse/utils (Transloco's helpers)
    // ship as ES modules without the .mjs suffix.
    transformIgnorePatterns: [
      'node_modules/(?!(.*\\.mjs$|@angular/common/locales/|echarts/|zrender/|@jsverse/utils/))',
    ],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
};
