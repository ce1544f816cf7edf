module.exports = {
  displayName: 'portal-agency-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/agency/feature',
};
