module.exports = require('../../testing/jest.portal.cjs')('portal-matching-ui', __dirname);
