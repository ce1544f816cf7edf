module.exports = require('../../../jest.server.cjs')('server-data', __dirname);
