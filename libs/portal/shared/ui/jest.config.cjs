module.exports = require('../../testing/jest.portal.cjs')('portal-shared-ui', __dirname);
