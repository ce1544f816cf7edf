module.exports = require('../../../jest.server.cjs')('server-open-data', __dirname);
