module.exports = require('../../testing/jest.portal.cjs')('portal-auth-feature', __dirname);
