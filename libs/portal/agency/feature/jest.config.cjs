module.exports = require('../../testing/jest.portal.cjs')('portal-agency-feature', __dirname);
