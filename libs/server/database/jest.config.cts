module.exports = require('../../../jest.server.cjs')('server-database', __dirname);
