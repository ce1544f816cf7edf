module.exports = {
  displayName: 'portal-auth-ui',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/auth/ui',
};
