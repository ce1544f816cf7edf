module.exports = require('../../../jest.server.cjs')('server-taxonomy', __dirname);
