module.exports = require('../../../jest.server.cjs')('server-organisations', __dirname);
