module.exports = require('../../testing/jest.portal.cjs')('portal-applications-feature', __dirname);
