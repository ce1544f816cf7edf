module.exports = {
  displayName: 'portal-me-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/me/feature',
};
