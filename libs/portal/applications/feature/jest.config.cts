module.exports = {
  displayName: 'portal-applications-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/applications/feature',
};
