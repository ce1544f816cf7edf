module.exports = require('../../../jest.server.cjs')('server-metrics', __dirname);
