module.exports = {
  displayName: 'portal-sessions-feature',
  preset: '../../../../jest.preset.js',
  // The portal's one test set-up (zoneless TestBed, zh locale data, the time limit).
  setupFilesAfterEnv: ['<rootDir>/../../testing/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/portal/sessions/feature',
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
