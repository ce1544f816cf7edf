module.exports = require('../../../jest.server.cjs')('server-scenarios', __dirname);
