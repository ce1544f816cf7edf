module.exports = {
  displayName: 'portal-open-data-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/open-data/feature',
};
