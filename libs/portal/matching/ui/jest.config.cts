module.exports = {
  displayName: 'portal-matching-ui',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/matching/ui',
};
