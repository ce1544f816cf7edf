module.exports = {
  displayName: 'portal-review-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/review/feature',
};
