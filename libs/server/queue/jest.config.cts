module.exports = require('../../../jest.server.cjs')('server-queue', __dirname);
