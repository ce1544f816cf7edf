module.exports = require('../../../jest.server.cjs')('server-notifications', __dirname);
