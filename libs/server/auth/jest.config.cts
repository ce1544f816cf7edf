module.exports = require('../../../jest.server.cjs')('server-auth', __dirname);
