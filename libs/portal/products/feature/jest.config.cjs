module.exports = require('../../testing/jest.portal.cjs')('portal-products-feature', __dirname);
