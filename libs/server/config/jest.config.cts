module.exports = require('../../../jest.server.cjs')('server-config', __dirname);
