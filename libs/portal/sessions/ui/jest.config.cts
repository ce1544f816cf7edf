module.exports = {
  displayName: 'portal-sessions-ui',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/sessions/ui',
};
