module.exports = require('../../testing/jest.portal.cjs')('portal-open-data-feature', __dirname);
