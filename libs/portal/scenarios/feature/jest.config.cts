module.exports = {
  displayName: 'portal-scenarios-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/scenarios/feature',
};
