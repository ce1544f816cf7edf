module.exports = require('../../../jest.server.cjs')('server-awards', __dirname);
