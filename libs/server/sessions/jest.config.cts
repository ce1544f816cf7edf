module.exports = require('../../../jest.server.cjs')('server-sessions', __dirname);
