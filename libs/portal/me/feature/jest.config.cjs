module.exports = require('../../testing/jest.portal.cjs')('portal-me-feature', __dirname);
