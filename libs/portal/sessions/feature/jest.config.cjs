module.exports = require('../../testing/jest.portal.cjs')('portal-sessions-feature', __dirname);
