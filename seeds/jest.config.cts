module.exports = require('../jest.server.cjs')('seeds', __dirname);
