module.exports = require('../../jest.server.cjs')('api', __dirname);
