module.exports = require('../../../jest.server.cjs')('server-crypto', __dirname);
