module.exports = require('../../jest.server.cjs')('worker', __dirname);
