module.exports = require('../../libs/portal/testing/jest.portal.cjs')('portal', __dirname);
