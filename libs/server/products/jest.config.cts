module.exports = require('../../../jest.server.cjs')('server-products', __dirname);
