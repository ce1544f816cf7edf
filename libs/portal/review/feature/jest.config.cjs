module.exports = require('../../testing/jest.portal.cjs')('portal-review-feature', __dirname);
