module.exports = {
  displayName: 'portal-shared-ui',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/shared/ui',
};
