module.exports = {
  displayName: 'portal',
  preset: '../../libs/portal/testing/jest.preset.js',
  coverageDirectory: '../../coverage/apps/portal',
};
