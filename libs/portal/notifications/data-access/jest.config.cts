module.exports = {
  displayName: 'portal-notifications-data-access',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/notifications/data-access',
};
