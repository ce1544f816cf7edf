module.exports = {
  displayName: 'portal-products-feature',
  preset: '../../testing/jest.preset.js',
  coverageDirectory: '../../../../coverage/libs/portal/products/feature',
};
