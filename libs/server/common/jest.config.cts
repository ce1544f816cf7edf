module.exports = require('../../../jest.server.cjs')('server-common', __dirname);
