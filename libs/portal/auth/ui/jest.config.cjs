module.exports = require('../../testing/jest.portal.cjs')('portal-auth-ui', __dirname);
