module.exports = require('../../testing/jest.portal.cjs')('portal-notifications-data-access', __dirname);
