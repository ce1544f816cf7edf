module.exports = {
  displayName: 'portal-core',
  preset: '../testing/jest.preset.js',
  coverageDirectory: '../../../coverage/libs/portal/core',
};
