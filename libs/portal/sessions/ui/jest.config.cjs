module.exports = require('../../testing/jest.portal.cjs')('portal-sessions-ui', __dirname);
