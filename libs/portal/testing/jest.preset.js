// The portal's unit tests (the app's and every portal library's jest.config.cts use this preset):
// Angular through jest-preset-angular, zoneless, with the one test set-up of src/test-setup.ts.
const { join } = require('node:path');
const nxPreset = require('../../../jest.preset.js');

module.exports = {
  ...nxPreset,
  setupFilesAfterEnv: [join(__dirname, 'src/test-setup.ts')],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
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
