module.exports = require('../../../jest.server.cjs')('server-testing', __dirname);
