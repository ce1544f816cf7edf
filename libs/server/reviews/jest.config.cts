module.exports = require('../../../jest.server.cjs')('server-reviews', __dirname);
