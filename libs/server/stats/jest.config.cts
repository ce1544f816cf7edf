module.exports = require('../../../jest.server.cjs')('server-stats', __dirname);
