module.exports = {
  displayName: 'portal-auth-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/auth/feature',
};
