module.exports = {
  displayName: 'portal-admin-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/admin/feature',
};
