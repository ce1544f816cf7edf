module.exports = require('../../testing/jest.portal.cjs')('portal-admin-feature', __dirname);
