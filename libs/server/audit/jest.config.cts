module.exports = require('../../../jest.server.cjs')('server-audit', __dirname);
