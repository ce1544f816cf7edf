module.exports = {
  displayName: 'portal-sessions-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/sessions/feature',
};
