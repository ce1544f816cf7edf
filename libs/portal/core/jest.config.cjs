module.exports = require('../testing/jest.portal.cjs')('portal-core', __dirname);
