module.exports = require('../../testing/jest.portal.cjs')('portal-scenarios-feature', __dirname);
