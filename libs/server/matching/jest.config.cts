module.exports = require('../../../jest.server.cjs')('server-matching', __dirname);
